package org.ofstedkg.loader.read;

/**
 * A file that cannot be read as a report, with a one-line message that names it and says why
 * ({@code 80431_blackpool_2012-07-13.pdf is an HTML page, not a PDF}). The reason is a {@link Reason}, so that a
 * load summary can group rejections.
 */
public final class UnreadableDocumentException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a file could not be read. */
    public enum Reason {
        /** The file has no content. */
        EMPTY,
        /** The content is not of the format its name says (an HTML page saved as .pdf). */
        WRONG_FORMAT,
        /** The PDF is encrypted and cannot be read without a password. */
        ENCRYPTED,
        /** The content is damaged or truncated. */
        CORRUPT,
        /** The content is binary, not text. */
        BINARY,
        /** No reader takes files of this kind. */
        UNSUPPORTED,
        /** The file could be read but holds no text (a scan without a text layer). */
        NO_TEXT
    }

    private final Reason reason;
    private final String fileName;

    public UnreadableDocumentException(Reason reason, String fileName, String why) {
        super(fileName + " " + why);
        this.reason = reason;
        this.fileName = fileName;
    }

    public UnreadableDocumentException(Reason reason, String fileName, String why, Throwable cause) {
        super(fileName + " " + why, cause);
        this.reason = reason;
        this.fileName = fileName;
    }

    public Reason reason() {
        return reason;
    }

    public String fileName() {
        return fileName;
    }
}
