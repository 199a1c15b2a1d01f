package org.ofstedkg.bench;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Sends a mix of requests from a number of concurrent clients for a fixed time and counts what came back: a real
 * tool ({@link Wrk}) where the machine has it, otherwise a pool of Java HTTP clients ({@link HttpClientPool}).
 */
public interface LoadGenerator {

    /**
     * What one run measured.
     *
     * @param generator the tool that made the load
     * @param clients concurrent clients (connections), each sending its next request when the last is answered
     * @param seconds how long it ran
     * @param requests requests answered
     * @param errors requests answered with anything but success, or not at all (refused, reset, timed out)
     * @param medianMillis the median latency under this load
     * @param p95Millis the 95th percentile latency under this load
     */
    record Throughput(String generator, int clients, double seconds, long requests, long errors, double medianMillis,
            double p95Millis) {

        /** Answered requests per second. */
        public double requestsPerSecond() {
            return requests / seconds;
        }
    }

    /** The tool's name. */
    String name();

    /** Runs {@code clients} clients over {@code mix}, round robin, for {@code duration}. */
    Throughput run(URI server, List<QueryRequest> mix, int clients, Duration duration)
            throws IOException, InterruptedException;

    /** wrk when it is on the path, otherwise the Java client pool. */
    static LoadGenerator best() {
        return Wrk.isInstalled() ? new Wrk() : new HttpClientPool();
    }
}
