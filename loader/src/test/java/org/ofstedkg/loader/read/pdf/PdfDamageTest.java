package org.ofstedkg.loader.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.ofstedkg.loader.read.SourceFile;
import org.ofstedkg.loader.read.UnreadableDocumentException;
import org.ofstedkg.loader.read.UnreadableDocumentException.Reason;
import org.ofstedkg.loader.text.ReportText;

/**
 * A sample report damaged in one place, as a bad disk or a bad download damages a file: damage that PDFBox would
 * repair or ignore is rejected with one line naming the file, the object and the fault, while damage to a byte
 * nothing reads leaves the report as it was.
 */
class PdfDamageTest {

    private static final Path SAMPLE = Path.of("..", "samples", "reports", "borsetshire-ilacs-2024.pdf");
    private static final String NAME = "borsetshire-ilacs-2024.pdf";

    private final PdfReportReader reader = new PdfReportReader();

    @Test
    void rejectsAFlippedBitInAContentStreamsChecksumThatPdfBoxWouldSwallow() throws IOException {
        byte[] bytes = sample();
        int end = indexOf(bytes, "endstream", indexOf(bytes, "\n5 0 obj", 0));
        int lastChecksumByte = bytes[end - 1] == '\n' ? end - 2 : end - 1;
        bytes[lastChecksumByte] ^= 1;

        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> read(bytes));

        assertEquals(Reason.CORRUPT, e.reason());
        assertEquals(NAME + " is damaged: object 5 0: corrupt Flate stream (Adler-32 checksum mismatch)",
                e.getMessage());
    }

    @Test
    void rejectsAPageDictionaryThatNoLongerParses() throws IOException {
        byte[] bytes = sample();
        bytes[indexOf(bytes, "/ProcSet[", 0) + "/ProcSet".length()] = 'Z';

        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> read(bytes));

        assertEquals(Reason.CORRUPT, e.reason());
        int bracket = indexOf(bytes, "/Text]", indexOf(bytes, "/ProcSetZ", 0)) + "/Text".length();
        assertEquals(NAME + " is damaged: object 4 0: Unknown dir object c=']' cInt=93 peek=']' peekInt=93 at offset "
                + bracket + " (start offset: " + bracket + ")", e.getMessage());
    }

    @Test
    void rejectsACrossReferenceEntryThatPointsAtTheWrongPlaceWherePdfBoxWouldRebuildTheTable() throws IOException {
        byte[] bytes = sample();
        int table = indexOf(bytes, "\nxref\n", 0);
        // The entry after the free entry 0 is object 1, the catalogue, which the trailer names as the root.
        int firstObject = indexOf(bytes, "\n", indexOf(bytes, " f", table)) + 1;
        bytes[firstObject + 9] = (byte) (bytes[firstObject + 9] == '9' ? '8' : bytes[firstObject + 9] + 1);

        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> read(bytes));

        assertEquals(Reason.CORRUPT, e.reason());
        assertEquals(NAME + " is damaged: its cross-reference table or trailer cannot be read as written"
                + " (Missing root object specification in trailer.)",
                e.getMessage());
    }

    @Test
    void readsAReportWhoseDamageIsInACommentNothingReadsAsItReadsTheOriginal() throws Exception {
        byte[] bytes = sample();
        bytes[indexOf(bytes, "-dSAFER", 0) + 2] ^= 1;

        ReportText damaged = read(bytes);
        ReportText original = read(sample());

        assertEquals(original.lines(), damaged.lines());
        assertEquals(original.title(), damaged.title());
    }

    private ReportText read(byte[] bytes) throws UnreadableDocumentException {
        return reader.read(SourceFile.of(Path.of(NAME), bytes));
    }

    private static byte[] sample() throws IOException {
        return Files.readAllBytes(SAMPLE);
    }

    private static int indexOf(byte[] bytes, String text, int from) {
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf(text, from);
        if (at < 0) {
            throw new IllegalStateException(text + " not found in the sample after " + from);
        }
        return at;
    }
}
