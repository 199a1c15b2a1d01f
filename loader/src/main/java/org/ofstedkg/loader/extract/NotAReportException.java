package org.ofstedkg.loader.extract;

/** A readable document that is not an inspection report, letter or paper about one: a one-line reason names it. */
public final class NotAReportException extends Exception {

    private static final long serialVersionUID = 1L;

    public NotAReportException(String fileName, String why) {
        super(fileName + " " + why);
    }
}
