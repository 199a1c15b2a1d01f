package org.ofstedkg.loader.read;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ofstedkg.loader.read.UnreadableDocumentException.Reason;
import org.ofstedkg.loader.read.html.HtmlReportReader;
import org.ofstedkg.loader.read.markdown.MarkdownReportReader;
import org.ofstedkg.loader.read.pdf.PdfReportReader;
import org.ofstedkg.loader.read.text.PlainTextReportReader;
import org.ofstedkg.loader.text.ReportText;

/**
 * Chooses the reader for a file from an explicit list: the first reader that {@link ReportReader#accepts accepts}
 * it reads it. The PDF reader comes first and takes any file named {@code .pdf} or starting as a PDF, so a PDF
 * under another name is still read as one, and an HTML page saved under a PDF's name is rejected by it as
 * {@link Reason#WRONG_FORMAT} rather than read as a page.
 */
public final class ReaderChoice {

    private final List<ReportReader> readers;

    /** A choice among the given readers, asked in this order. */
    public ReaderChoice(List<ReportReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** The project's readers: PDF, HTML, Markdown, plain text. */
    public static ReaderChoice standard() {
        return new ReaderChoice(List.of(
                new PdfReportReader(), new HtmlReportReader(), new MarkdownReportReader(), new PlainTextReportReader()));
    }

    /** The readers, in the order they are asked. */
    public List<ReportReader> readers() {
        return readers;
    }

    /** Whether some reader takes a file of this name by its ending: how folders are searched for documents. */
    public boolean takesByName(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot > 0
                && readers.stream().anyMatch(reader -> reader.extensions().contains(name.substring(dot + 1)));
    }

    /** The first reader that accepts the file, if any. */
    public Optional<ReportReader> readerFor(SourceFile file) {
        return readers.stream().filter(reader -> reader.accepts(file)).findFirst();
    }

    /**
     * Reads the file with the first reader that accepts it.
     *
     * @throws UnreadableDocumentException {@link Reason#UNSUPPORTED} when no reader takes it, or the reader's
     *     rejection
     */
    public ReportText read(SourceFile file) throws UnreadableDocumentException {
        ReportReader reader = readerFor(file).orElseThrow(() -> new UnreadableDocumentException(
                Reason.UNSUPPORTED, file.fileName(), "is not a PDF, text, Markdown or HTML file"));
        return reader.read(file);
    }
}
