package org.ofstedkg.loader.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.ofstedkg.loader.read.Fixtures;
import org.ofstedkg.loader.read.ReportReader;
import org.ofstedkg.loader.read.ReportReaderContract;
import org.ofstedkg.loader.read.SourceFile;
import org.ofstedkg.loader.read.UnreadableDocumentException;
import org.ofstedkg.loader.read.UnreadableDocumentException.Reason;
import org.ofstedkg.loader.text.ReportText;

class HtmlReportReaderTest extends ReportReaderContract {

    private final HtmlReportReader reader = new HtmlReportReader();

    @Override
    protected ReportReader reader() {
        return reader;
    }

    @Override
    protected SourceFile sample() {
        return Fixtures.source("borsetshire-report.html");
    }

    @Test
    void readsBlocksAsLinesListItemsAsBulletsAndTableRowsAsCells() throws UnreadableDocumentException {
        assertEquals("""
                Home

                Borsetshire County Council

                Inspection dates: 3 to 14 March 2025
                Lead inspector: Jane Archer

                Judgement | Grade
                The impact of leaders on social work practice with children and families | Good
                Overall effectiveness | Good

                What needs to improve?

                \u2022 The timeliness of return home interviews.
                \u2022 The quality of pre-proceedings letters.

                1. Children in Borsetshire who need help are seen quickly by social workers.""",
                reader.read(sample()).text());
    }

    @Test
    void takesTheTitleFromTheTitleElement() throws UnreadableDocumentException {
        ReportText text = reader.read(sample());
        assertEquals("Inspection of Borsetshire local authority children\u2019s services", text.title());
        assertEquals(0, text.pageCount());
        assertEquals("text/html", text.mediaType());
    }

    @Test
    void takesTheTitleFromTheFirstHeadingWhenThePageHasNoTitle() throws UnreadableDocumentException {
        SourceFile page = Fixtures.text("untitled.html", "<h2>Summary</h2><h1>Borsetshire</h1><h1>Felpersham</h1>");
        assertEquals("Borsetshire", reader.read(page).title());
    }

    @Test
    void readsAReportNotFoundPageLikeAnyOtherPage() throws UnreadableDocumentException {
        ReportText text = reader.read(Fixtures.source("borsetshire-report-not-found.html"));
        assertEquals("Report not found\n\nSorry, the Borsetshire document you requested no longer exists.", text.text());
        assertEquals("Report not found - Find an inspection report", text.title());
    }

    @Test
    void takesPagesByTheirNameOrWhenNamelessByTheirFirstBytes() {
        assertTrue(reader.accepts(Fixtures.text("report.htm", "Borsetshire")));
        assertTrue(reader.accepts(Fixtures.text("report", "<!DOCTYPE html><p>Borsetshire")));
        assertFalse(reader.accepts(Fixtures.text("report", "Borsetshire")));
    }

    @Test
    void neverTakesAnHtmlPageNamedPdf() {
        SourceFile misnamed = SourceFile.of(Path.of("80999_borsetshire_2012-07-13.pdf"),
                Fixtures.source("borsetshire-report-not-found.html").bytes());
        assertFalse(reader.accepts(misnamed));
    }

    @Test
    void rejectsAPageWithoutTextAsHavingNoText() {
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> reader.read(Fixtures.text("blank.html", "<html><head><title>Borsetshire</title></head></html>")));
        assertEquals(Reason.NO_TEXT, e.reason());
        assertEquals("blank.html has no text", e.getMessage());
    }
}
