package org.ofstedkg.loader.read.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.ofstedkg.loader.read.Fixtures;
import org.ofstedkg.loader.read.ReportReader;
import org.ofstedkg.loader.read.ReportReaderContract;
import org.ofstedkg.loader.read.SourceFile;
import org.ofstedkg.loader.read.UnreadableDocumentException;
import org.ofstedkg.loader.text.ReportText;

class MarkdownReportReaderTest extends ReportReaderContract {

    private final MarkdownReportReader reader = new MarkdownReportReader();

    @Override
    protected ReportReader reader() {
        return reader;
    }

    @Override
    protected SourceFile sample() {
        return Fixtures.source("borsetshire-committee-paper.md");
    }

    @Test
    void readsMarkdownAsThePlainLinesOfItsRenderedPage() throws UnreadableDocumentException {
        assertEquals("""
                Children and Young People Scrutiny Committee

                Date of Meeting: 12 May 2025

                Report Title: Outcome of the Ofsted inspection of Borsetshire children's services, published on 2nd April 2025

                1. Report Summary

                \u2022 1.1 This report sets out the outcome of the inspection and the
                actions proposed in response.

                \u2022 a) note the report;

                \u2022 b) endorse the action plan at Appendix 2.

                1. Leaders know their services well.
                2. Partners work together in Felpersham:
                \u2022 early help is timely;
                \u2022 the front door is effective.

                5.9.1 Social workers visit children regularly
                and see them alone.

                Judgement | Grade
                Overall effectiveness | Good
                The experiences of children in care | Requires improvement to be good

                Contact: Jane Archer, Director of Children's Services""", reader.read(sample()).text());
    }

    @Test
    void takesTheTitleFromTheFirstHeading() throws UnreadableDocumentException {
        ReportText text = reader.read(sample());
        assertEquals("Children and Young People Scrutiny Committee", text.title());
        assertEquals(0, text.pageCount());
        assertEquals("text/markdown", text.mediaType());
    }

    @Test
    void hasNoTitleWithoutAHeading() throws UnreadableDocumentException {
        assertNull(reader.read(Fixtures.text("notes.md", "Borsetshire **notes**")).title());
    }

    @Test
    void keepsTheNumbersOfANumberedListAsTheSourceWritesThem() throws UnreadableDocumentException {
        assertEquals("3) Third.\n3) Fourth, numbered lazily.\n7) Seventh.",
                reader.read(Fixtures.text("numbers.md", "3) Third.\n3) Fourth, numbered lazily.\n7) Seventh.")).text());
    }

    @Test
    void readsHtmlBlocksAsTheHtmlReaderDoes() throws UnreadableDocumentException {
        assertEquals("Before\n\nJudgement | Grade\nOverall effectiveness | Good\n\nAfter",
                reader.read(Fixtures.text("table.md", """
                        Before

                        <table>
                        <tr><th>Judgement</th><th>Grade</th></tr>
                        <tr><td>Overall effectiveness</td><td>Good</td></tr>
                        </table>

                        After
                        """)).text());
    }

    @Test
    void takesMarkdownFilesOnly() {
        assertFalse(reader.accepts(Fixtures.text("paper.txt", "# Borsetshire")));
    }
}
