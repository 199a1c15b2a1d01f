package org.ofstedkg.loader.read.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.ofstedkg.loader.read.ContentSniffing;
import org.ofstedkg.loader.read.ReportReader;
import org.ofstedkg.loader.read.SourceFile;
import org.ofstedkg.loader.read.UnreadableDocumentException;
import org.ofstedkg.loader.read.UnreadableDocumentException.Reason;
import org.ofstedkg.loader.text.ReportText;
import org.ofstedkg.loader.text.TextNormaliser;

/**
 * Reads a web page ({@code .html}, {@code .htm}) with jsoup: block elements become lines, list items bullet lines,
 * table rows their cells joined by {@value HtmlLines#CELL_SEPARATOR} (see {@link HtmlLines}); the title is the
 * page's {@code <title>}, else its first {@code <h1>}. The character set comes from the byte-order mark or the
 * page's {@code <meta>}, else UTF-8.
 *
 * <p>Takes files by their name, and files without an extension that open as HTML. It never takes a file named
 * {@code .pdf}, even one that is an HTML page: that is the PDF reader's to reject. Any page is read, including
 * Ofsted's "Report not found" page; whether a page is a report is the extractors' question.
 */
public final class HtmlReportReader implements ReportReader {

    /** The media type of HTML. */
    public static final String MEDIA_TYPE = "text/html";

    private static final Set<String> EXTENSIONS = Set.of("html", "htm", "xhtml");

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
        return EXTENSIONS.contains(file.extension())
                || (file.extension().isEmpty() && ContentSniffing.isHtml(file.bytes()));
    }

    @Override
    public ReportText read(SourceFile file) throws UnreadableDocumentException {
        byte[] bytes = file.bytes();
        if (bytes.length == 0) {
            throw new UnreadableDocumentException(Reason.EMPTY, file.fileName(), "is empty");
        }
        if (ContentSniffing.isBinary(bytes)) {
            throw new UnreadableDocumentException(Reason.BINARY, file.fileName(), "is binary, not HTML");
        }
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new UnreadableDocumentException(Reason.CORRUPT, file.fileName(), "cannot be parsed as HTML", e);
        }
        String text = HtmlLines.text(page.body());
        if (text.isBlank()) {
            throw new UnreadableDocumentException(Reason.NO_TEXT, file.fileName(), "has no text");
        }
        return TextNormaliser.fromText(text, MEDIA_TYPE, title(page));
    }

    private static String title(Document page) {
        if (!page.title().isBlank()) {
            return page.title();
        }
        Element heading = page.selectFirst("h1");
        return heading == null ? null : heading.text();
    }
}
