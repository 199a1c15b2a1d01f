package org.ofstedkg.loader.read;

import org.ofstedkg.loader.text.ReportText;

/**
 * Reads one input format (PDF, plain text, Markdown, HTML) into the one normalised form every extractor works on,
 * so that nothing downstream sees the format. One implementation per format; {@link ReaderChoice} picks one.
 */
public interface ReportReader {

    /** The media type this reader reads, as the graph records it ({@code application/pdf}, {@code text/plain} ...). */
    String mediaType();

    /** The file name endings (without the dot, lower case) by which this reader takes a file without reading it. */
    java.util.Set<String> extensions();

    /** Whether this reader takes the file, judged by its name and, where that is not enough, its first bytes. */
    boolean accepts(SourceFile file);

    /**
     * Reads the file's text and normalises it.
     *
     * @throws UnreadableDocumentException when the content is not what its name says or cannot be read: the
     *     exception's message names the file and says why in one line
     */
    ReportText read(SourceFile file) throws UnreadableDocumentException;
}
