package org.ofstedkg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.loader.Loader;
import org.ofstedkg.loader.derive.DerivedFacts;
import org.ofstedkg.loader.store.KnowledgeGraphStore;

/** grlc's {@code #+ pagination: N}: which queries are answered by pages, and the pages on all the sample reports. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaginationTest {

    private static final Path SAMPLES = Path.of("..", "samples");
    private static final String[] COLUMNS = {"authority_name", "theme_id", "inspection_count", "evidence_count",
        "inspection", "improvement_items", "weakness_findings", "example"};

    private KnowledgeGraphStore store;
    private final QueryCatalogue catalogue = QueryCatalogue.bundled();

    @BeforeAll
    void loadTheSamples(@TempDir Path temp) throws Exception {
        store = KnowledgeGraphStore.openOrCreate(temp.resolve("db"));
        store.installLocalAuthorities(SAMPLES.resolve("fictional-authorities.ttl"));
        Loader loader = Loader.standard(store);
        try (Stream<Path> reports = Files.list(SAMPLES.resolve("reports"))) {
            for (Path report : reports.sorted().toList()) {
                loader.load(report);
            }
        }
        DerivedFacts.recompute(store.dataset());
    }

    @AfterAll
    void close() {
        store.close();
    }

    @Test
    void theQueriesWhoseWholeCorpusAnswersRunToThousandsOfRowsAreAnsweredAHundredRowsAPage() {
        Map<String, Integer> paginated = new java.util.TreeMap<>();
        catalogue.queries().stream().filter(SavedQuery::paginated).forEach(q -> paginated.put(q.name(), q.pagination()));
        assertEquals(Map.of("judgement-history", 100, "persisting-improvement-areas", 100, "recurring-weaknesses", 100,
                "strengths-to-learn-from", 100), paginated);
    }

    @Test
    void theHeaderGivesTheRowsPerPage() {
        assertEquals(25, SavedQuery.parse("q", "#+ summary: s\n#+ pagination: 25\n\nSELECT * {}").pagination());
        assertEquals(0, SavedQuery.parse("q", "#+ summary: s\n\nSELECT * {}").pagination());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> SavedQuery.parse("q", "#+ pagination: many\n\nSELECT * {}"));
        assertEquals("query q: '#+ pagination:' takes a whole number of rows; got 'many'", bad.getMessage());
    }

    @Test
    void recurringWeaknessesOnTheSamplesComeInTwoPagesThatCutTheWholeAnswerInOrder() {
        SavedQuery query = catalogue.get("recurring-weaknesses");
        List<String> whole = ResultRows.of(QueryRun.onDataset(query, Map.of(), store.dataset()), COLUMNS);
        AnswerPage first = QueryRun.page(query, Map.of(), store.dataset(), 0, 1);
        AnswerPage second = QueryRun.page(query, Map.of(), store.dataset(), 0, 2);
        AnswerPage third = QueryRun.page(query, Map.of(), store.dataset(), 0, 3);

        assertEquals(124, whole.size());
        assertEquals(whole.subList(0, 100), ResultRows.of(first.rows(), COLUMNS));
        assertEquals(whole.subList(100, 124), ResultRows.of(second.rows(), COLUMNS));
        assertEquals(List.of(), ResultRows.of(third.rows(), COLUMNS), "past the last page: no rows");
        assertEquals("Borsetshire | identity-and-life-story | 2 | 8 | https://w3id.org/ofsted-kg/id/inspection/9999901/sif/2015-07-30",
                String.join(" | ", List.of(whole.get(100).split(" \\| ")).subList(0, 5)), "the second page's first row");
        assertEquals(124, first.totalRows());
        assertEquals(2, first.lastPage());
        assertTrue(first.hasNext());
        assertFalse(first.hasPrevious());
        assertFalse(second.hasNext());
        assertTrue(second.hasPrevious());
    }

    @Test
    void aPageOfOneAuthorityIsCutFromItsOwnAnswer() {
        SavedQuery query = catalogue.get("recurring-weaknesses");
        Map<String, String> felpersham = Map.of("authority", "Felpersham");
        List<String> whole = ResultRows.of(QueryRun.onDataset(query, felpersham, store.dataset()), COLUMNS);
        AnswerPage only = QueryRun.page(query, felpersham, store.dataset(), 0, 1);
        assertEquals(whole, ResultRows.of(only.rows(), COLUMNS));
        assertEquals(whole.size(), only.totalRows());
        assertEquals(1, only.lastPage());
        assertFalse(only.hasNext());
    }

    @Test
    void aPageIsAWholeNumberFromOne() {
        assertEquals(3, QueryRun.pageNumber("3"));
        assertEquals("parameter 'page' expects a whole number from 1; got '0'",
                assertThrows(ParameterException.class, () -> QueryRun.pageNumber("0")).getMessage());
        assertEquals("parameter 'page' expects a whole number from 1; got 'two'",
                assertThrows(ParameterException.class, () -> QueryRun.pageNumber("two")).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> QueryRun.page(catalogue.get("inspections"), Map.of(), store.dataset(), 0, 1));
    }
}
