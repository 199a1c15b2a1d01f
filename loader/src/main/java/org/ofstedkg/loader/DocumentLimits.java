package org.ofstedkg.loader;

import java.time.Duration;

/**
 * How much one document may cost the loader, so that one bad file cannot stop a run: its size, checked before it
 * is read, and the time its reading, extraction and classification may take, after which it is abandoned. A
 * document over either limit is rejected with a reason naming the file and the limit; the run goes on.
 *
 * @param maxBytes the largest file read, in bytes
 * @param maxTime the longest one document's preparation may run
 */
public record DocumentLimits(long maxBytes, Duration maxTime) {

    /** The option that sets {@link #maxBytes}, and what it means. */
    public static final String MAX_BYTES_KEY = "max-document-bytes";
    public static final String MAX_BYTES_DESCRIPTION =
            "The largest file loaded, in bytes; a larger one is rejected before it is read.";
    /** 64 MiB: seventy times the largest report of the corpus (0.9 MB), well within a default Java heap. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    /** The option that sets {@link #maxTime} in seconds, and what it means. */
    public static final String MAX_TIME_KEY = "max-document-seconds";
    public static final String MAX_TIME_DESCRIPTION =
            "The longest one document may take to read, extract and classify; a slower one is abandoned and rejected.";
    /** A hundred times what the slowest corpus report takes on a busy two-core machine (about half a second). */
    public static final Duration DEFAULT_MAX_TIME = Duration.ofSeconds(60);

    public DocumentLimits {
        java.util.Objects.requireNonNull(maxTime, "maxTime");
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the size limit must be at least one byte, not " + maxBytes);
        }
        if (maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive, not " + maxTime);
        }
    }

    /** The defaults. */
    public static DocumentLimits defaults() {
        return new DocumentLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_TIME);
    }

    public DocumentLimits withMaxBytes(long bytes) {
        return new DocumentLimits(bytes, maxTime);
    }

    public DocumentLimits withMaxTime(Duration time) {
        return new DocumentLimits(maxBytes, time);
    }
}
