package org.ofstedkg.loader.report;

/**
 * A problem met while loading a document that did not stop it loading: a fact the text does not state, two parts
 * of a report that disagree. Problems are data, with a place, so that a load summary can list them.
 *
 * @param level how serious
 * @param fileName the document
 * @param page the page, 0 when not known or not paged
 * @param message what happened, in a sentence
 */
public record LoadIssue(Level level, String fileName, int page, String message) {

    /** How serious a problem is. */
    public enum Level {
        /** A fact is missing or uncertain; the rest of the document is sound. */
        WARNING,
        /** Two statements disagree, or a value was out of range and left out. */
        CONFLICT
    }

    @Override
    public String toString() {
        return fileName + (page > 0 ? " p." + page : "") + ": " + message;
    }
}
