package org.ofstedkg.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ofstedkg.loader.store.KnowledgeGraphStore;

/** Bad input is rejected with a one-line reason naming the file, and costs nothing already loaded. */
class LoaderBadInputTest {

    private static final Path SAMPLES = Path.of("..", "samples");

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not-a-report.pdf|not-a-report.pdf is an HTML page, not a PDF",
        "empty.txt|empty.txt is empty",
        "binary.txt|binary.txt is binary, not text",
        // PDFBox would recover the pages it can from this truncated file; the missing end marker gives it away.
        "truncated.pdf|truncated.pdf is truncated: it does not end with the %%EOF marker",
        "shopping-list.txt|shopping-list.txt is not an inspection report, letter or committee paper: no title of a known kind and no judgement headings",
    })
    void rejectsBadInputWithAOneLineReasonAndKeepsWhatWasLoaded(String file, String reasonStart) throws Exception {
        try (KnowledgeGraphStore store = KnowledgeGraphStore.openOrCreate(temp.resolve("db"))) {
            store.installLocalAuthorities(SAMPLES.resolve("fictional-authorities.ttl"));
            Loader loader = Loader.standard(store);
            assertTrue(loader.load(SAMPLES.resolve("reports/borsetshire-ilacs-2024.txt")).loaded());
            long before = store.quadCount();
            DocumentOutcome outcome = loader.load(SAMPLES.resolve("bad").resolve(file));
            assertEquals(false, outcome.loaded());
            assertTrue(outcome.reason().startsWith(reasonStart), outcome.reason());
            assertEquals(-1, outcome.reason().indexOf('\n'), "one line: " + outcome.reason());
            assertEquals(before, store.quadCount());
        }
    }
}
