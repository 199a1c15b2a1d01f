package org.ofstedkg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.loader.Loader;
import org.ofstedkg.loader.derive.DerivedFacts;
import org.ofstedkg.loader.store.KnowledgeGraphStore;

/** The saved queries on a graph loaded from the project's sample reports, with the exact rows expected. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SavedQueriesOnSamplesTest {

    private static final Path SAMPLES = Path.of("..", "samples");

    private KnowledgeGraphStore store;
    private final QueryCatalogue catalogue = QueryCatalogue.bundled();

    @BeforeAll
    void loadTheSamples(@TempDir Path temp) throws Exception {
        store = KnowledgeGraphStore.openOrCreate(temp.resolve("db"));
        store.installLocalAuthorities(SAMPLES.resolve("fictional-authorities.ttl"));
        Loader loader = Loader.standard(store);
        for (String sample : List.of("borsetshire-ilacs-2024.pdf", "borsetshire-ilacs-2024.txt",
                "borsetshire-ilacs-2019.md", "borsetshire-sif-2015.txt")) {
            loader.load(SAMPLES.resolve("reports").resolve(sample));
        }
        // As kg load does after its files: the queries read the accepted facts from the derived graph.
        DerivedFacts.recompute(store.dataset());
    }

    @AfterAll
    void close() {
        store.close();
    }

    private List<String> rows(String name, Map<String, String> parameters, String... columns) {
        return ResultRows.of(QueryRun.onDataset(catalogue.find(name).orElseThrow(), parameters, store.dataset()), columns);
    }

    @Test
    void inspectionsListsEachInspectionOnceWithAllItsSources() {
        assertEquals(List.of(
                "https://w3id.org/ofsted-kg/id/inspection/9999901/sif/2015-07-30 | 9999901 | Borsetshire | sif | 2015-07-06 | 2015-07-30 | 2015-09-17 | Ruth Lindqvist | borsetshire-sif-2015.txt",
                "https://w3id.org/ofsted-kg/id/inspection/9999901/ilacs/2019-02-15 | 9999901 | Borsetshire | ilacs-standard | 2019-02-04 | 2019-02-15 |  | Tom Okafor | borsetshire-ilacs-2019.md",
                "https://w3id.org/ofsted-kg/id/inspection/9999901/ilacs/2024-06-21 | 9999901 | Borsetshire | ilacs-standard | 2024-06-10 | 2024-06-21 |  | Priya Castellano | borsetshire-ilacs-2024.pdf|borsetshire-ilacs-2024.txt"),
                rows("inspections", Map.of(), "inspection", "authority_urn", "authority_name", "kind", "start_date",
                        "end_date", "publication_date", "lead_inspector", "sources"));
    }

    @Test
    void judgementHistoryGivesEveryGradeOfOneAuthorityOldestFirst() {
        List<String> rows = rows("judgement-history", Map.of("authority", "Borsetshire"), "end_date", "area_id", "grade_id");
        assertEquals(List.of(
                "2015-07-30 | lscb | inadequate",
                "2015-07-30 | sif-adoption | good",
                "2015-07-30 | sif-care-leavers | inadequate",
                "2015-07-30 | sif-children-looked-after | requires-improvement",
                "2015-07-30 | sif-help-and-protection | requires-improvement",
                "2015-07-30 | sif-leadership | requires-improvement",
                "2015-07-30 | sif-overall | requires-improvement",
                "2019-02-15 | children-in-care-and-care-leavers | requires-improvement",
                "2019-02-15 | help-and-protection | requires-improvement",
                "2019-02-15 | impact-of-leaders | requires-improvement",
                "2019-02-15 | overall-effectiveness | requires-improvement",
                "2024-06-21 | care-leavers | requires-improvement",
                "2024-06-21 | children-in-care | requires-improvement",
                "2024-06-21 | help-and-protection | good",
                "2024-06-21 | impact-of-leaders | requires-improvement",
                "2024-06-21 | overall-effectiveness | requires-improvement"), rows);
        assertEquals(rows, rows("judgement-history", Map.of("authority", "9999901"), "end_date", "area_id", "grade_id"));
        assertEquals(List.of(), rows("judgement-history", Map.of("authority", "Felpersham"), "end_date", "area_id", "grade_id"));
    }

    @Test
    void gradeChangesFindsTheHelpAndProtectionGradeThatRoseAndNoLevelOnes() {
        assertEquals(List.of("help-and-protection | 2019-02-15 | requires-improvement | 2024-06-21 | good | rose"),
                rows("grade-changes", Map.of("authority", "Borsetshire"), "area_id", "before_end_date", "before_grade",
                        "after_end_date", "after_grade", "change"));
    }

    @Test
    void authoritiesGivesEachAuthorityOnceWithItsLatestJudgedInspection() {
        assertEquals(List.of(
                "Borsetshire | 3 | https://w3id.org/ofsted-kg/id/inspection/9999901/ilacs/2024-06-21 | requires-improvement",
                "Felpersham |  |  | "),
                rows("authorities", Map.of(), "authority_name", "inspection_count", "latest_inspection", "overall_grade")
                        .stream().filter(r -> r.startsWith("Borsetshire") || r.startsWith("Felpersham")).toList());
    }
}
