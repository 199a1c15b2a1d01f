package org.ofstedkg.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.loader.classify.Classification;
import org.ofstedkg.loader.classify.RuleClassifier;
import org.ofstedkg.loader.classify.StatementClassifier;
import org.ofstedkg.loader.store.KnowledgeGraphStore;

/** Each document is held to a size and a time limit; one over either is rejected by name and the run goes on. */
class DocumentLimitsTest {

    private static final Path REPORTS = Path.of("..", "samples", "reports");

    @TempDir
    Path temp;

    /**
     * Stalls for good, deaf to interrupts as a runaway regular expression is, on the statements of Felpersham's
     * letter, and classifies every other statement as usual.
     */
    private static final class StallingClassifier implements StatementClassifier {

        private final StatementClassifier usual = RuleClassifier.standard();

        @Override
        public Classification classify(String text, String section) {
            if (text.contains("Felpersham")) {
                while (true) {
                    LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
                }
            }
            return usual.classify(text, section);
        }
    }

    @Test
    @Timeout(60)
    void abandonsADocumentOverItsTimeAndLoadsTheOthers() throws Exception {
        List<Path> files = List.of(REPORTS.resolve("borsetshire-ilacs-2024.txt"), REPORTS.resolve("felpersham-letter-2010.txt"),
                REPORTS.resolve("borsetshire-sif-2015.txt"), REPORTS.resolve("borsetshire-jtai-2023.txt"));
        List<DocumentOutcome> outcomes = new ArrayList<>();
        long started = System.nanoTime();
        try (KnowledgeGraphStore store = KnowledgeGraphStore.openOrCreate(temp.resolve("db"))) {
            store.installLocalAuthorities(Path.of("..", "samples", "fictional-authorities.ttl"));
            Loader loader = Loader.standard(store, new StallingClassifier())
                    .withLimits(DocumentLimits.defaults().withMaxTime(Duration.ofSeconds(3)));
            loader.loadAll(files, 1, outcomes::add);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("4 documents, one stalled, on one thread with a 3 s limit: %.1f s%n", seconds);
        assertEquals(List.of(true, false, true, true), outcomes.stream().map(DocumentOutcome::loaded).toList());
        assertEquals("felpersham-letter-2010.txt was abandoned: reading it took longer than the limit of 3 s per document",
                outcomes.get(1).reason());
        assertTrue(seconds < 30, "the stalled document held the run up for " + seconds + " s");
    }

    @Test
    void rejectsAFileOverTheSizeLimitWithoutReadingIt() throws Exception {
        Path huge = temp.resolve("huge.pdf");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(5L * 1024 * 1024 * 1024);
        }
        try (KnowledgeGraphStore store = KnowledgeGraphStore.openOrCreate(temp.resolve("db"))) {
            Loader loader = Loader.standard(store).withLimits(DocumentLimits.defaults().withMaxBytes(1_000_000));
            DocumentOutcome outcome = loader.load(huge);
            assertEquals(false, outcome.loaded());
            assertEquals("huge.pdf is 5,368,709,120 bytes, over the limit of 1,000,000 bytes per document",
                    outcome.reason());
        }
    }
}
