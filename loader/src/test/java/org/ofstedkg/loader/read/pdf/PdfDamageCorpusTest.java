package org.ofstedkg.loader.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.ofstedkg.loader.SharedMaterial;
import org.ofstedkg.loader.read.ContentSniffing;

/**
 * The damage check on every real PDF of the shared corpus: none of the 258 reports is damaged in any way
 * {@link PdfDamage} looks for, so none is rejected for it; read strictly, each gives exactly the text it gave read
 * leniently as before, so nothing loaded from it changes; and what the check costs beside extracting the text,
 * printed (never asserted: the machine is shared).
 */
class PdfDamageCorpusTest {

    @Test
    void findsNoDamageInAnyRealReportWhoseTextIsAsReadLenientlyAndPrintsWhatTheCheckCosts() throws IOException {
        Map<String, String> damaged = new TreeMap<>();
        List<String> textChanged = new java.util.ArrayList<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(SharedMaterial.require("corpus"))) {
            files = listing.filter(path -> path.getFileName().toString().endsWith(".pdf")).sorted().toList();
        }
        List<Path> pdfFiles = files.stream().filter(file -> ContentSniffing.isPdf(bytes(file))).toList();
        List<byte[]> pdfs = pdfFiles.stream().map(PdfDamageCorpusTest::bytes).toList();

        // Each file is read both ways in turn, the order alternating, after a warm-up, so that the two totals
        // share the machine's noise.
        for (byte[] pdf : pdfs.subList(0, 20)) {
            readUnchecked(pdf, new java.util.ArrayList<>());
            readChecked(pdf, new long[2], new java.util.ArrayList<>());
        }
        long unchecked = 0;
        long[] checkedTimes = new long[2];
        for (int i = 0; i < pdfs.size(); i++) {
            List<String> lenientPages = new java.util.ArrayList<>();
            List<String> strictPages = new java.util.ArrayList<>();
            if (i % 2 == 0) {
                unchecked += readUnchecked(pdfs.get(i), lenientPages);
            }
            Optional<String> damage = readChecked(pdfs.get(i), checkedTimes, strictPages);
            if (damage.isPresent()) {
                damaged.put(pdfFiles.get(i).getFileName().toString(), damage.get());
            }
            if (i % 2 == 1) {
                unchecked += readUnchecked(pdfs.get(i), lenientPages);
            }
            if (!lenientPages.equals(strictPages)) {
                textChanged.add(pdfFiles.get(i).getFileName().toString());
            }
        }
        long withCheck = checkedTimes[0];
        System.out.printf("damage check on %d corpus PDFs: lenient open + text %.1f s; strict open + damage check"
                + " + text %.1f s, of which the check %.1f s; added cost %.1f s (%.1f%%)%n", pdfs.size(),
                unchecked / 1e9,
                withCheck / 1e9, checkedTimes[1] / 1e9, (withCheck - unchecked) / 1e9,
                100.0 * (withCheck - unchecked) / unchecked);

        assertEquals(258, pdfs.size());
        assertEquals(Map.of(), damaged);
        assertEquals(List.of(), textChanged, "reports whose text differs read strictly");
    }

    /** Reads the text as the reader did before the damage check, leniently, into {@code pages}: the time taken. */
    private static long readUnchecked(byte[] pdf, List<String> pages) throws IOException {
        long started = System.nanoTime();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages.addAll(PageTexts.of(document));
        }
        return System.nanoTime() - started;
    }

    /**
     * Reads the text as the reader does, strictly and checked, into {@code pages}; adds the total time and the
     * check's to {@code times}.
     */
    private static Optional<String> readChecked(byte[] pdf, long[] times, List<String> pages) throws IOException {
        long started = System.nanoTime();
        PdfDamage.Opened opened = PdfDamage.open(pdf, null);
        try (PDDocument document = opened.document()) {
            long checking = System.nanoTime();
            Optional<String> damage = PdfDamage.find(opened);
            times[1] += System.nanoTime() - checking;
            pages.addAll(PageTexts.of(document));
            times[0] += System.nanoTime() - started;
            return damage;
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
