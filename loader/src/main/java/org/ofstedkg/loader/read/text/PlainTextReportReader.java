package org.ofstedkg.loader.read.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.ofstedkg.loader.read.ReportReader;
import org.ofstedkg.loader.read.SourceFile;
import org.ofstedkg.loader.read.TextContent;
import org.ofstedkg.loader.read.UnreadableDocumentException;
import org.ofstedkg.loader.text.ReportText;
import org.ofstedkg.loader.text.TextNormaliser;

/**
 * Reads a plain text file ({@code .txt}): a report someone saved as text, OCR output, a PDF's text dumped by a
 * converter. UTF-8, or Windows-1252 where the bytes are not UTF-8 (see {@link TextContent}).
 *
 * <p>Where the text has form feeds, as converters put between pages, each form feed ends a page and the
 * document has that many pages (a form feed at the very end starts no new page); without them the text has no
 * pages. A plain text file has no title. Rejects empty, blank and binary files.
 */
public final class PlainTextReportReader implements ReportReader {

    /** The media type of plain text. */
    public static final String MEDIA_TYPE = "text/plain";

    private static final Set<String> EXTENSIONS = Set.of("txt", "text");

    @Override
    public String mediaType() {
        return MEDIA_TYPE;
    }

    @Override
    public Set<String> extensions() {
        return EXTENSIONS;
    }

    @Override
    public boolean accepts(SourceFile file) {
        return EXTENSIONS.contains(file.extension());
    }

    @Override
    public ReportText read(SourceFile file) throws UnreadableDocumentException {
        String text = TextContent.of(file);
        if (text.indexOf('\f') < 0) {
            return TextNormaliser.fromText(text, MEDIA_TYPE, null);
        }
        return TextNormaliser.fromPages(pages(text), MEDIA_TYPE, null);
    }

    private static List<String> pages(String text) {
        List<String> pages = new ArrayList<>(Arrays.asList(text.split("\f", -1)));
        if (pages.size() > 1 && pages.get(pages.size() - 1).isBlank()) {
            pages.remove(pages.size() - 1);
        }
        return pages;
    }
}
