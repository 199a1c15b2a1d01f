package org.ofstedkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The resident memory of a process, as Linux counts it in {@code /proc/PID/status}. Two figures matter to the load:
 * {@code VmHWM}, the peak of everything resident (heap, native memory and the touched pages of memory-mapped files,
 * TDB2's database files among them), and {@code RssAnon}, the process's own memory without those file pages (which
 * the kernel can drop and re-read at will, like any page cache). Empty where there is no {@code /proc} (not Linux)
 * or the process has gone.
 */
public final class ResidentMemory {

    private ResidentMemory() {}

    /** The peak resident set of process {@code pid} ({@code VmHWM}), in bytes. */
    public static OptionalLong peakOf(long pid) {
        return field(pid, "VmHWM:");
    }

    /** The anonymous resident memory of process {@code pid} now ({@code RssAnon}), in bytes. */
    public static OptionalLong anonymousOf(long pid) {
        return field(pid, "RssAnon:");
    }

    private static OptionalLong field(long pid, String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(name)) {
                    String[] parts = line.substring(name.length()).strip().split("\\s+");
                    return OptionalLong.of(Long.parseLong(parts[0]) * 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }
}
