package org.ofstedkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LatencyTest {

    private static long[] millis(long... values) {
        long[] nanos = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            nanos[i] = values[i] * 1_000_000;
        }
        return nanos;
    }

    @Test
    void medianAndP95AreNearestRankSamplesOfTwentyRuns() {
        long[] samples = new long[20];
        for (int i = 0; i < 20; i++) {
            samples[i] = 20 - i;
        }
        Latency latency = Latency.ofNanos(millis(samples));
        assertEquals(20, latency.runs());
        assertEquals(10.0, latency.medianMillis());
        assertEquals(19.0, latency.p95Millis());
        assertEquals(20.0, latency.maxMillis());
    }

    @Test
    void anOddSampleHasItsMiddleValueAsMedianAndItsSlowestAsP95() {
        Latency latency = Latency.ofNanos(millis(5, 1, 4, 2, 3, 7, 6));
        assertEquals(4.0, latency.medianMillis());
        assertEquals(7.0, latency.p95Millis());
    }

    @Test
    void oneSlowRunInAHundredMovesTheMaximumButNotTheP95() {
        long[] samples = new long[100];
        java.util.Arrays.fill(samples, 3);
        samples[42] = 900;
        Latency latency = Latency.ofNanos(millis(samples));
        assertEquals(3.0, latency.medianMillis());
        assertEquals(3.0, latency.p95Millis());
        assertEquals(900.0, latency.maxMillis());
    }

    @Test
    void noSamplesIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Latency.ofNanos(new long[0]));
    }
}
