package org.ofstedkg.bench;

import java.util.Arrays;

/**
 * A summary of measured latencies: how many, the median and the 95th percentile, in milliseconds. Percentiles are
 * by nearest rank (the smallest sample with at least p% of the samples at or below it), so every figure reported
 * is a latency that was actually measured.
 *
 * @param runs the number of samples
 * @param medianMillis the 50th percentile
 * @param p95Millis the 95th percentile
 * @param maxMillis the slowest sample
 */
public record Latency(int runs, double medianMillis, double p95Millis, double maxMillis) {

    /** Summarises samples given in nanoseconds. */
    public static Latency ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latency(sorted.length, millis(percentile(sorted, 50)), millis(percentile(sorted, 95)),
                millis(sorted[sorted.length - 1]));
    }

    /** The nearest-rank {@code p}th percentile of sorted samples. */
    static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
