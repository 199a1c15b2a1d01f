package org.ofstedkg.service;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.loader.Loader;
import org.ofstedkg.loader.store.KnowledgeGraphStore;
import org.ofstedkg.ontology.Iris;

/**
 * The pictures' pages on the whole corpus (../shared/corpus): each is written well within the server's query
 * timeout (30 s), so a user waits for none of them; the figures are printed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PicturesOnCorpusTest {

    private static final Path CORPUS = Path.of(System.getProperty("ofstedkg.shared", "../shared"), "corpus");
    private static final double LIMIT_SECONDS = 30;

    private KnowledgeGraphStore store;
    private Object serversTimeout;

    @BeforeAll
    void load(@TempDir Path temp) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "no corpus at " + CORPUS.toAbsolutePath() + " (set -Dofstedkg.shared)");
        // A Fuseki server started earlier in this JVM leaves its query timeout in ARQ's global context (some tests'
        // servers time out within a second); this test measures without it, against its own limit, and puts it back.
        serversTimeout = ARQ.getContext().get(ARQ.queryTimeout);
        ARQ.getContext().unset(ARQ.queryTimeout);
        store = KnowledgeGraphStore.openOrCreate(temp.resolve("db"));
        List<Path> pdfs = Loader.files(List.of(CORPUS)).stream()
                .filter(file -> file.getFileName().toString().endsWith(".pdf")).toList();
        Loader.standard(store).loadAll(pdfs, Runtime.getRuntime().availableProcessors(), outcome -> { });
    }

    @AfterAll
    void close() {
        if (serversTimeout != null) {
            ARQ.getContext().set(ARQ.queryTimeout, serversTimeout);
        }
        if (store != null) {
            store.close();
        }
    }

    private static String timed(String what, Supplier<String> page) {
        long started = System.nanoTime();
        String html = page.get();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("corpus: %s written in %.2f s (%,d characters)%n", what, seconds, html.length());
        assertTrue(seconds < LIMIT_SECONDS, what + " took " + seconds + " s");
        return html;
    }

    @Test
    void everyPictureIsWrittenWithinSecondsOnTheWholeCorpus() {
        DatasetGraph dataset = store.dataset().asDatasetGraph();
        Map<String, Map<String, String>> queries = Map.of("grade-distribution", Map.of(), "latest-grades", Map.of(),
                "weak-themes-by-year", Map.of(), "grade-timeline", Map.of("authority", "80447"),
                "weakness-heatmap", Map.of("authority", "80447"));
        for (var query : new java.util.TreeMap<>(queries).entrySet()) {
            long started = System.nanoTime();
            int rows = ChartRows.of(dataset, query.getKey(), query.getValue()).size();
            System.out.printf("corpus: %s %s gives %d rows in %.2f s%n", query.getKey(), query.getValue(), rows,
                    (System.nanoTime() - started) / 1e9);
        }
        String overview = timed("/overview", () -> NationalOverview.render(dataset, NationalOverview.Sort.GRADE, false));
        System.out.println("corpus: the overview lists "
                + (overview.split("<a href=\"/id/authority/", -1).length - 1) + " authorities");
        String authority = Iris.authority("80447");
        timed("/doc/authority/80447", () -> new HtmlPage(dataset, 500).render(authority,
                ResourceDescription.describe(dataset, authority)));
        timed("/compare (Cheshire East, Cheshire West and Chester)",
                () -> ComparePage.render(dataset, List.of("80447", "80448")));
    }
}
