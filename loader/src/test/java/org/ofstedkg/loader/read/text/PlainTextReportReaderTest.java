package org.ofstedkg.loader.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ofstedkg.loader.read.Fixtures;
import org.ofstedkg.loader.read.ReportReader;
import org.ofstedkg.loader.read.ReportReaderContract;
import org.ofstedkg.loader.read.SourceFile;
import org.ofstedkg.loader.read.UnreadableDocumentException;
import org.ofstedkg.loader.read.UnreadableDocumentException.Reason;
import org.ofstedkg.loader.text.ReportText;

class PlainTextReportReaderTest extends ReportReaderContract {

    private final PlainTextReportReader reader = new PlainTextReportReader();

    @Override
    protected ReportReader reader() {
        return reader;
    }

    @Override
    protected SourceFile sample() {
        return Fixtures.source("borsetshire-report.txt");
    }

    @Test
    void takesFormFeedsAsPageBreaksAndRemovesThePageFurniture() throws UnreadableDocumentException {
        ReportText text = reader.read(sample());
        assertEquals(3, text.pageCount());
        assertEquals(List.of(
                "1 Borsetshire County Council",
                "1 Inspection of local authority children\u2019s services",
                "1 Inspection dates: 3 to 14 March 2025",
                "1 ",
                "1 Judgement\tGrade",
                "1 Overall effectiveness\tGood",
                "2 What needs to improve?",
                "2 ",
                "2 \u2022 The timeliness of return home interviews.",
                "2 \u2022 The quality of pre-",
                "2 proceedings letters.",
                "3 1. Children in Borsetshire who need help are seen quickly by social workers",
                "3 who know them well."),
                text.lines().stream().map(line -> line.page() + " " + line.text()).toList());
        assertNull(text.title());
        assertEquals("text/plain", text.mediaType());
    }

    @Test
    void readsTextWithoutFormFeedsAsHavingNoPages() throws UnreadableDocumentException {
        ReportText text = reader.read(Fixtures.source("borsetshire-notes.txt"));
        assertEquals(0, text.pageCount());
        assertEquals("""
                Notes from the Borsetshire children\u2019s services improvement board

                Present: Cllr Aldridge (chair), Ms Archer, Mr Grundy

                Actions:
                \u2022 Review the \u2018front door\u2019 in Felpersham.
                \u2022 Report to the next board in June.""", text.text());
        assertEquals(List.of(0), text.lines().stream().map(ReportText.Line::page).distinct().toList());
    }

    @Test
    void fallsBackToWindows1252WhenTheBytesAreNotUtf8() throws UnreadableDocumentException {
        byte[] windows1252 = {'B', 'o', 'r', 's', 'e', 't', 's', 'h', 'i', 'r', 'e', (byte) 0x92, 's', ' ',
            (byte) 0x93, 'f', 'r', 'o', 'n', 't', ' ', 'd', 'o', 'o', 'r', (byte) 0x94, ' ', (byte) 0x96, ' ',
            (byte) 0xA3, '5'};
        assertEquals("Borsetshire\u2019s \u201Cfront door\u201D \u2013 \u00A35",
                reader.read(SourceFile.of(Path.of("old.txt"), windows1252)).text());
    }

    @Test
    void dropsAUtf8ByteOrderMark() throws UnreadableDocumentException {
        assertEquals("Borsetshire", reader.read(Fixtures.text("bom.txt", "\uFEFFBorsetshire")).text());
    }

    @Test
    void rejectsWhiteSpaceOnlyAsEmpty() {
        UnreadableDocumentException e = rejection(Fixtures.text("blank.txt", " \n\t\r\n\f\n"));
        assertEquals(Reason.EMPTY, e.reason());
        assertEquals("blank.txt holds only white space", e.getMessage());
    }

    @Test
    void rejectsContentWithNulBytesAsBinary() {
        UnreadableDocumentException e = rejection(
                SourceFile.of(Path.of("report.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 'B', 'o', 'r'}));
        assertEquals(Reason.BINARY, e.reason());
        assertEquals("report.txt is binary, not text", e.getMessage());
    }

    @Test
    void rejectsContentFullOfControlCharactersAsBinary() {
        byte[] bytes = "Borsetshire\u0001\u0002\u0003\u0004\u0005\u0006".getBytes(StandardCharsets.US_ASCII);
        assertEquals(Reason.BINARY, rejection(SourceFile.of(Path.of("odd.txt"), bytes)).reason());
    }

    @Test
    void takesTextFilesOnly() {
        assertFalse(reader.accepts(Fixtures.text("report.md", "# Borsetshire")));
        assertFalse(reader.accepts(Fixtures.text("report.pdf", "Borsetshire")));
    }

    private UnreadableDocumentException rejection(SourceFile file) {
        return assertThrows(UnreadableDocumentException.class, () -> reader.read(file));
    }
}
