package org.ofstedkg.loader.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ofstedkg.loader.SharedMaterial;
import org.ofstedkg.loader.read.UnreadableDocumentException.Reason;
import org.ofstedkg.loader.text.ReportText;

/**
 * Reads every file of the shared corpus and the seeds through {@link ReaderChoice}: what reads, what is rejected
 * and why, and that normalising keeps what the extractors need from the first page.
 */
class ReadCorpusTest {

    private final ReaderChoice choice = ReaderChoice.standard();

    @Test
    void readsEveryCorpusReportAndRejectsTheTwoHtmlPagesSavedAsPdf() throws IOException {
        List<Path> files = files(SharedMaterial.require("corpus"), ".pdf");
        long started = System.nanoTime();
        int read = 0;
        int pages = 0;
        Map<String, String> rejected = new TreeMap<>();
        List<String> faults = new ArrayList<>();
        for (Path file : files) {
            try {
                ReportText text = choice.read(SourceFile.read(file));
                read++;
                pages += text.pageCount();
                faults.addAll(faults(file, text));
            } catch (UnreadableDocumentException e) {
                rejected.put(e.fileName(), e.reason() + ": " + e.getMessage());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("read: %d corpus documents, %d pages in %.1f s (%d rejected)%n",
                read, pages, seconds, rejected.size());

        assertEquals(258, read);
        assertEquals(Map.of(
                "80431_blackpool_2012-07-13.pdf",
                Reason.WRONG_FORMAT + ": 80431_blackpool_2012-07-13.pdf is an HTML page, not a PDF",
                "80490_bromley_2012-08-17.pdf",
                Reason.WRONG_FORMAT + ": 80490_bromley_2012-08-17.pdf is an HTML page, not a PDF"), rejected);
        assertEquals(List.of(), faults);
    }

    @Test
    void readsEverySeedAsText() throws IOException, UnreadableDocumentException {
        List<Path> seeds = files(SharedMaterial.require("seeds"), ".txt");
        assertEquals(5, seeds.size());
        for (Path seed : seeds) {
            ReportText text = choice.read(SourceFile.read(seed));
            assertEquals("text/plain", text.mediaType(), seed.getFileName().toString());
            assertTrue(text.lines().size() > 0, seed.getFileName().toString());
        }
    }

    private static List<String> faults(Path file, ReportText text) {
        List<String> faults = new ArrayList<>();
        String name = file.getFileName().toString();
        if (text.pageCount() < 1) {
            faults.add(name + ": no pages");
        }
        if (text.lines().stream().allMatch(ReportText.Line::isBlank)) {
            faults.add(name + ": no lines");
        }
        boolean datesOnFirstPage = text.lines().stream()
                .anyMatch(line -> line.page() == 1 && line.text().contains("Inspection date"));
        if (!datesOnFirstPage) {
            faults.add(name + ": page 1 lost its 'Inspection date' line");
        }
        return faults;
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(path -> path.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}
