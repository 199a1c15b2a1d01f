package org.ofstedkg.loader.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.junit.jupiter.api.Test;
import org.ofstedkg.loader.read.ReportReader;
import org.ofstedkg.loader.read.ReportReaderContract;
import org.ofstedkg.loader.read.SourceFile;
import org.ofstedkg.loader.read.UnreadableDocumentException;
import org.ofstedkg.loader.read.UnreadableDocumentException.Reason;
import org.ofstedkg.loader.text.ReportText;
import org.ofstedkg.loader.text.ReportText.Line;

class PdfReportReaderTest extends ReportReaderContract {

    private static final byte[] REPORT = BorsetshirePdf.report().bytes();

    private final PdfReportReader reader = new PdfReportReader();

    @Override
    protected ReportReader reader() {
        return reader;
    }

    @Override
    protected SourceFile sample() {
        return pdf("borsetshire_2025-04-02.pdf", REPORT);
    }

    @Test
    void readsEveryPageWithoutItsRunningHeaderOrPageNumber() throws UnreadableDocumentException {
        ReportText text = reader.read(sample());
        assertEquals(List.of(
                "1 Borsetshire County Council",
                "1 Inspection of local authority children\u2019s services",
                "1 Inspection dates: 3 to 14 March 2025",
                "1 Judgement Grade",
                "1 The impact of leaders on social work practice with",
                "1 children and families",
                "1 Good",
                "1 Overall effectiveness Good",
                "2 What needs to improve?",
                "2 \u2022 The timeliness of return home interviews.",
                "2 \u2022 The quality of pre-",
                "2 proceedings letters.",
                "2 1. Children in Borsetshire who need help are seen",
                "2 quickly by social workers who know them well.",
                "3 2. Leaders in Felpersham and Borchester have worked",
                "3 together on a shared \u2018front door\u2019.",
                "3 3. Care leavers are supported well.",
                "4 If you are not happy with the inspection or the report, you can complain to Ofsted.",
                "4 \u00A9 Crown copyright 2025"),
                text.lines().stream().map(line -> line.page() + " " + line.text()).toList());
    }

    @Test
    void countsThePagesAndTakesTheTitleFromTheDocumentInformation() throws UnreadableDocumentException {
        ReportText text = reader.read(sample());
        assertEquals(4, text.pageCount());
        assertEquals("Borsetshire - draft report", text.title());
        assertEquals("application/pdf", text.mediaType());
    }

    @Test
    void hasNoTitleWhenTheDocumentInformationGivesNone() throws UnreadableDocumentException {
        byte[] untitled = new BorsetshirePdf().page("Borsetshire County Council").bytes();
        assertNull(reader.read(pdf("untitled.pdf", untitled)).title());
    }

    @Test
    void keepsARunningHeaderOnADocumentOfTwoPagesButDropsItsPageNumbers() throws UnreadableDocumentException {
        byte[] letter = new BorsetshirePdf()
                .page("Borsetshire focused visit", "Dear Ms Aldridge", "1")
                .page("Borsetshire focused visit", "Yours sincerely", "2")
                .bytes();
        assertEquals(List.of("Borsetshire focused visit", "Dear Ms Aldridge", "Borsetshire focused visit", "Yours sincerely"),
                reader.read(pdf("letter.pdf", letter)).lines().stream().map(Line::text).toList());
    }

    @Test
    void rejectsAnHtmlPageNamedPdfAsTheWrongFormat() {
        byte[] page = "\uFEFF  <!DOCTYPE html>\n<html><head><title>Report not found</title></head></html>"
                .getBytes(StandardCharsets.UTF_8);
        UnreadableDocumentException e = rejection(pdf("80999_borsetshire_2012-07-13.pdf", page));
        assertEquals(Reason.WRONG_FORMAT, e.reason());
        assertEquals("80999_borsetshire_2012-07-13.pdf is an HTML page, not a PDF", e.getMessage());
    }

    @Test
    void rejectsContentWithoutAPdfHeaderAsTheWrongFormat() {
        UnreadableDocumentException e = rejection(pdf("notes.pdf",
                "Borsetshire notes\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Reason.WRONG_FORMAT, e.reason());
        assertEquals("notes.pdf is not a PDF: it does not start with %PDF", e.getMessage());
    }

    @Test
    void rejectsAPdfThatNeedsAPasswordAsEncrypted() {
        byte[] locked = BorsetshirePdf.report().protect("borsetshire-reader", new AccessPermission()).bytes();
        UnreadableDocumentException e = rejection(pdf("locked.pdf", locked));
        assertEquals(Reason.ENCRYPTED, e.reason());
        assertEquals("locked.pdf is encrypted and needs a password to open", e.getMessage());
    }

    @Test
    void readsAPdfWithAnEmptyUserPasswordDespiteTheOwnersRestrictions() throws UnreadableDocumentException {
        AccessPermission restricted = new AccessPermission();
        restricted.setCanExtractContent(false);
        restricted.setCanPrint(false);
        byte[] restrictedPdf = BorsetshirePdf.report().protect("", restricted).bytes();
        assertEquals(reader.read(sample()).text(), reader.read(pdf("restricted.pdf", restrictedPdf)).text());
    }

    @Test
    void rejectsATruncatedPdfAsCorrupt() {
        byte[] half = Arrays.copyOf(REPORT, REPORT.length / 2);
        UnreadableDocumentException e = rejection(pdf("half.pdf", half));
        assertEquals(Reason.CORRUPT, e.reason());
        assertEquals("half.pdf is truncated: it does not end with the %%EOF marker", e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void rejectsAPdfWithoutTextAsHavingNoTextLayer() {
        byte[] scan = new BorsetshirePdf().page().page().bytes();
        UnreadableDocumentException e = rejection(pdf("scan.pdf", scan));
        assertEquals(Reason.NO_TEXT, e.reason());
        assertEquals("scan.pdf has no text layer (a scan?)", e.getMessage());
    }

    @Test
    void takesAPdfUnderAnotherNameByItsHeader() {
        assertTrue(reader.accepts(pdf("report.download", REPORT)));
    }

    @Test
    void leavesOtherFilesAlone() {
        assertFalse(reader.accepts(pdf("report.txt", "Borsetshire".getBytes(StandardCharsets.US_ASCII))));
    }

    private UnreadableDocumentException rejection(SourceFile file) {
        return assertThrows(UnreadableDocumentException.class, () -> reader.read(file));
    }

    private static SourceFile pdf(String name, byte[] bytes) {
        return SourceFile.of(Path.of(name), bytes);
    }
}
