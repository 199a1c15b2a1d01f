package org.ofstedkg.bench;

import java.lang.management.ManagementFactory;

/**
 * The processor time (user + system, every thread) this JVM has used. On a machine shared with other work the wall
 * time of a run says more about the neighbours than about the run; its processor time does not, so the bench
 * compares the load and the floor on both.
 */
final class ProcessorTime {

    private ProcessorTime() {}

    /** This process's processor time so far, in seconds; NaN where the JVM cannot tell. */
    static double ofThisProcess() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long nanos = os.getProcessCpuTime();
            return nanos < 0 ? Double.NaN : nanos / 1e9;
        }
        return Double.NaN;
    }
}
