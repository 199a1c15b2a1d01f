package org.ofstedkg.loader.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ofstedkg.loader.read.UnreadableDocumentException.Reason;
import org.ofstedkg.loader.read.html.HtmlReportReader;
import org.ofstedkg.loader.read.markdown.MarkdownReportReader;
import org.ofstedkg.loader.read.pdf.PdfReportReader;
import org.ofstedkg.loader.read.text.PlainTextReportReader;

class ReaderChoiceTest {

    private final ReaderChoice choice = ReaderChoice.standard();

    @Test
    void asksThePdfReaderFirstThenHtmlMarkdownAndText() {
        assertEquals(
                List.of(PdfReportReader.class, HtmlReportReader.class, MarkdownReportReader.class,
                        PlainTextReportReader.class),
                choice.readers().stream().map(Object::getClass).toList());
    }

    @Test
    void readsEachFormatWithItsReader() throws UnreadableDocumentException {
        assertEquals("text/plain", choice.read(Fixtures.source("borsetshire-notes.txt")).mediaType());
        assertEquals("text/markdown", choice.read(Fixtures.source("borsetshire-committee-paper.md")).mediaType());
        assertEquals("text/html", choice.read(Fixtures.source("borsetshire-report.html")).mediaType());
    }

    @Test
    void readsMarkdownInATextFileAsText() throws UnreadableDocumentException {
        SourceFile paper = SourceFile.of(Path.of("paper.txt"),
                Fixtures.source("borsetshire-committee-paper.md").bytes());
        assertEquals("## **Children and Young People Scrutiny Committee**",
                choice.read(paper).lines().get(0).text());
    }

    @Test
    void rejectsAnHtmlPageNamedPdfAsTheWrongFormatRatherThanReadingIt() {
        SourceFile misnamed = SourceFile.of(Path.of("80999_borsetshire_2012-07-13.pdf"),
                Fixtures.source("borsetshire-report-not-found.html").bytes());
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> choice.read(misnamed));
        assertEquals(Reason.WRONG_FORMAT, e.reason());
        assertEquals("80999_borsetshire_2012-07-13.pdf is an HTML page, not a PDF", e.getMessage());
    }

    @Test
    void readsAnHtmlPageWithoutAnExtensionByItsFirstBytes() throws UnreadableDocumentException {
        SourceFile nameless = SourceFile.of(Path.of("download"),
                Fixtures.source("borsetshire-report-not-found.html").bytes());
        assertEquals("text/html", choice.read(nameless).mediaType());
    }

    @Test
    void rejectsAFileNoReaderTakesAsUnsupported() {
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> choice.read(Fixtures.text("borsetshire.docx", "PK")));
        assertEquals(Reason.UNSUPPORTED, e.reason());
        assertEquals("borsetshire.docx is not a PDF, text, Markdown or HTML file", e.getMessage());
    }
}
