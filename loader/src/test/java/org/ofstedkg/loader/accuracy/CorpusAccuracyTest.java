package org.ofstedkg.loader.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.loader.DocumentOutcome;
import org.ofstedkg.loader.LoadSummary;
import org.ofstedkg.loader.Loader;
import org.ofstedkg.loader.SharedMaterial;
import org.ofstedkg.loader.store.KnowledgeGraphStore;

/**
 * Loads the whole real corpus through the loader into a fresh database and compares what the graph then says, file
 * by file and field by field, with the hand-checked gold facts. Prints the figures.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusAccuracyTest {

    private KnowledgeGraphStore store;
    private LoadSummary summary;
    private Map<String, CSVRecord> gold;

    @BeforeAll
    void loadTheCorpus(@TempDir Path temp) throws Exception {
        Path corpus = SharedMaterial.require("corpus");
        gold = CorpusGold.read(SharedMaterial.require("gold/corpus-facts.csv"));
        store = KnowledgeGraphStore.openOrCreate(temp.resolve("db"));
        Loader loader = Loader.standard(store);
        summary = new LoadSummary();
        long started = System.nanoTime();
        List<Path> pdfs = Loader.files(List.of(corpus)).stream()
                .filter(file -> file.getFileName().toString().endsWith(".pdf")).toList();
        loader.loadAll(pdfs, Runtime.getRuntime().availableProcessors(), summary::add);
        System.out.printf("corpus: %d files loaded, %d rejected, %,d quads in %.1f s%n", summary.loadedCount(),
                summary.rejected().size(), summary.quadsWritten(), (System.nanoTime() - started) / 1e9);
    }

    @AfterAll
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void theTwoHtmlPagesSavedAsPdfAreRejectedNamingTheFileAndEveryReportLoads() {
        List<String> reasons = summary.rejected().stream().map(DocumentOutcome::reason).sorted().toList();
        List<String> expected = gold.entrySet().stream().filter(e -> e.getValue().get("kind").equals("not-a-report"))
                .map(e -> e.getKey() + " is an HTML page, not a PDF").sorted().toList();
        assertEquals(expected, reasons);
        assertEquals(gold.size() - expected.size(), summary.loadedCount());
    }

    @Test
    void everyFactInTheGraphMatchesTheGoldForEveryCorpusFile() {
        Map<String, GraphFacts> facts = GraphFacts.byFileName(store.dataset());
        FieldScore score = new FieldScore();
        for (Map.Entry<String, CSVRecord> entry : gold.entrySet()) {
            CSVRecord row = entry.getValue();
            String kind = row.get("kind");
            if (kind.equals("not-a-report")) {
                continue;
            }
            GraphFacts found = facts.getOrDefault(entry.getKey(), GraphFacts.NONE);
            String file = entry.getKey();
            score.score("kind", file, kind, found.kind() == null ? null
                    : CorpusGold.kindAgrees(kind, found.kind()) ? kind : found.kind());
            score.score("authority", file, row.get("authority_urn"), found.authorityUrn());
            score.score("start", file, row.get("inspection_start"), found.start());
            score.score("end", file, row.get("inspection_end"), found.end());
            score.score("lead inspector", file, row.get("lead_inspector"), found.leads());
            for (String column : CorpusGold.GRADE_COLUMNS) {
                score.score("grade " + column, file, row.get(column), found.grades().get(CorpusGold.areaOf(column, kind)));
            }
        }
        System.out.print(score.report());
        assertEquals(0, score.wrong(), "wrong facts in the graph");
        assertEquals(0, score.missing(), "facts the gold states that the graph lacks");
    }

    @Test
    void printsTheStatementsPerReport() {
        String query = """
                PREFIX ofk: <https://w3id.org/ofsted-kg/def/>
                SELECT ?type (COUNT(?s) AS ?n) (COUNT(DISTINCT ?doc) AS ?docs)
                WHERE { GRAPH ?g { ?s a ?type ; ofk:statedIn ?doc } } GROUP BY ?type ORDER BY ?type""";
        Map<String, String> figures = new TreeMap<>();
        org.apache.jena.system.Txn.executeRead(store.dataset(), () -> {
            try (var execution = org.apache.jena.query.QueryExecution.dataset(store.dataset()).query(query).build()) {
                execution.execSelect().forEachRemaining(row -> {
                    long n = row.getLiteral("n").getLong();
                    figures.put(row.getResource("type").getLocalName(), String.format("%d in %d reports, %.1f per loaded report",
                            n, row.getLiteral("docs").getLong(), n / (double) summary.loadedCount()));
                });
            }
        });
        String support = """
                PREFIX ofk: <https://w3id.org/ofsted-kg/def/>
                SELECT (COUNT(DISTINCT ?item) AS ?citing) (COUNT(DISTINCT ?supported) AS ?linked)
                WHERE { GRAPH ?g { ?item a ofk:ImprovementItem ; ofk:citesParagraph ?p .
                        OPTIONAL { ?item ofk:supportedBy ?f BIND(?item AS ?supported) } } }""";
        org.apache.jena.system.Txn.executeRead(store.dataset(), () -> {
            try (var execution = org.apache.jena.query.QueryExecution.dataset(store.dataset()).query(support).build()) {
                var row = execution.execSelect().next();
                figures.put("items citing paragraphs", row.getLiteral("citing").getLong() + ", of which supported by findings "
                        + row.getLiteral("linked").getLong());
            }
        });
        System.out.println("corpus statements: " + figures);
        // Ofsted's reports list what needs to improve; few list strengths (letters and council papers do).
        org.junit.jupiter.api.Assertions.assertTrue(figures.keySet().containsAll(java.util.Set.of("Finding", "ImprovementItem")),
                figures::toString);
    }

    @Test
    void theLoadedCorpusConformsToTheShapes() {
        var report = new org.ofstedkg.loader.validate.ShapeValidation().validate(store.dataset());
        assertEquals(List.of(), report.getEntries().stream().map(Object::toString).toList());
    }

    @Test
    void everyWarningOfTheLoadNamesItsFile() {
        Map<String, Integer> byMessage = new TreeMap<>();
        summary.issues().forEach(issue -> byMessage.merge(issue.message().replaceAll("[0-9]+", "#"), 1, Integer::sum));
        System.out.println("corpus warnings by message: " + byMessage);
        List<String> unnamed = new ArrayList<>();
        summary.issues().forEach(issue -> {
            if (!issue.toString().startsWith(issue.fileName())) {
                unnamed.add(issue.toString());
            }
        });
        assertEquals(List.of(), unnamed);
    }
}
