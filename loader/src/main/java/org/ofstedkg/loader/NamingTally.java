package org.ofstedkg.loader;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The running cost of naming inspections after their accepted dates
 * ({@link org.ofstedkg.loader.store.InspectionNaming}) in one loader: how many inspection IRIs were replaced, and
 * the time the naming step took over all documents written.
 */
public final class NamingTally {

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicLong renamed = new AtomicLong();
    private final AtomicLong documents = new AtomicLong();

    void add(long elapsedNanos, int renamedInspections) {
        nanos.addAndGet(elapsedNanos);
        renamed.addAndGet(renamedInspections);
        documents.incrementAndGet();
    }

    /** The inspection IRIs replaced so far. */
    public long renamed() {
        return renamed.get();
    }

    /** The documents whose inspection was named so far. */
    public long documents() {
        return documents.get();
    }

    /** The time the naming step has taken so far. */
    public Duration time() {
        return Duration.ofNanos(nanos.get());
    }

    /** One line for a load's summary. */
    @Override
    public String toString() {
        return String.format("inspection naming: %d inspection IRI(s) renamed, %.2f s over %d document(s)",
                renamed(), nanos.get() / 1e9, documents());
    }
}
