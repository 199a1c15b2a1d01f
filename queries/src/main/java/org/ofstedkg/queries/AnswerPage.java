package org.ofstedkg.queries;

import org.apache.jena.query.ResultSetRewindable;

/**
 * One page of a paginated saved query's answer (grlc's {@code #+ pagination: N}): the rows from
 * {@code (number - 1) * size + 1} to {@code number * size} of the ordered answer, with the count of all its rows so
 * that the last page is known. A page past the last has no rows.
 *
 * @param rows the page's rows
 * @param number the page, from 1
 * @param size rows per page
 * @param totalRows the rows of the whole answer
 */
public record AnswerPage(ResultSetRewindable rows, int number, int size, long totalRows) {

    /** The number of the last page: 1 for an empty answer. */
    public int lastPage() {
        return (int) Math.max(1, (totalRows + size - 1) / size);
    }

    /** Whether there is a page before this one. */
    public boolean hasPrevious() {
        return number > 1;
    }

    /** Whether there is a page after this one. */
    public boolean hasNext() {
        return number < lastPage();
    }
}
