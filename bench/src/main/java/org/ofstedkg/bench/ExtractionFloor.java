package org.ofstedkg.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The floor under any load: PDFBox's text extraction alone over the same files, on as many threads as the loader
 * reads with, with the stripper set as the project's PDF reader sets it (content-stream order). Nothing is
 * normalised, extracted or stored, so no load can be faster than this.
 */
public final class ExtractionFloor {

    private ExtractionFloor() {}

    /**
     * What the floor measured.
     *
     * @param documents the files PDFBox read
     * @param unreadable the files PDFBox could not open (the corpus's HTML pages saved as .pdf)
     * @param pages the pages of the documents read
     * @param characters the characters of text extracted
     * @param seconds the wall-clock time
     * @param processorSeconds the processor time (user + system) this JVM used meanwhile: the extracting threads,
     *     the JIT compiler's and the garbage collector's, as the load's figure counts them in its own JVM
     */
    public record Result(int documents, int unreadable, long pages, long characters, double seconds,
            double processorSeconds) {}

    /**
     * Extracts the text of every file on {@code threads} threads and times it, in wall-clock and processor time
     * (nothing else should run in this JVM meanwhile).
     */
    public static Result measure(List<Path> files, int threads) throws InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        double processorAtStart = ProcessorTime.ofThisProcess();
        try {
            List<Future<long[]>> results = new ArrayList<>();
            for (Path file : files) {
                results.add(workers.submit(() -> extract(file)));
            }
            int documents = 0;
            int unreadable = 0;
            long pages = 0;
            long characters = 0;
            for (Future<long[]> result : results) {
                long[] counts = result.get();
                if (counts == null) {
                    unreadable++;
                } else {
                    documents++;
                    pages += counts[0];
                    characters += counts[1];
                }
            }
            return new Result(documents, unreadable, pages, characters, (System.nanoTime() - started) / 1e9,
                    ProcessorTime.ofThisProcess() - processorAtStart);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("text extraction failed unexpectedly", e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    /** The pages and characters of one file's text, or null when PDFBox cannot open it. */
    private static long[] extract(Path file) {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(file))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            stripper.setLineSeparator("\n");
            StringWriter text = new StringWriter();
            stripper.writeText(document, text);
            return new long[] {document.getNumberOfPages(), text.getBuffer().length()};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
