package org.ofstedkg.loader.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days an inspection's fieldwork took, as a document prints them.
 *
 * @param start the first day
 * @param end the last day (the first, for a one-day visit)
 * @param asPrinted the words the dates were read from
 */
public record DateRange(LocalDate start, LocalDate end, String asPrinted) {

    /** Days from first to last, counting both. */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }
}
