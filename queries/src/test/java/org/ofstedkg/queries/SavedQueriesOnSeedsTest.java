package org.ofstedkg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.loader.Loader;
import org.ofstedkg.loader.store.KnowledgeGraphStore;

/**
 * The saved queries on the five seed documents of ../shared (Cheshire East's 2015 SIF report and the council paper on
 * its 2019 inspection, Cheshire West and Chester's 2024 report and 2010 letter, Halton's OCR copy), then with
 * Ofsted's own 2019 Cheshire East report added from the corpus.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SavedQueriesOnSeedsTest {

    private static final Path SHARED = Path.of(System.getProperty("ofstedkg.shared", "../../shared"));
    private static final String CHESHIRE_EAST_2019_REPORT = "80447_cheshire-east_2020-01-09.pdf";

    private KnowledgeGraphStore store;
    private Loader loader;
    private final QueryCatalogue catalogue = QueryCatalogue.bundled();

    @BeforeAll
    void loadTheSeeds(@TempDir Path temp) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SHARED.resolve("seeds")), "shared seeds not found at " + SHARED);
        store = KnowledgeGraphStore.openOrCreate(temp.resolve("db"));
        store.installReferenceGraphs();
        loader = Loader.standard(store);
        loader.loadAll(Loader.files(List.of(SHARED.resolve("seeds"))), 2, outcome -> { });
    }

    @AfterAll
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private List<String> rows(String name, Map<String, String> parameters, String... columns) {
        return ResultRows.of(QueryRun.onDataset(catalogue.get(name), parameters, store.dataset()), columns);
    }

    private List<String> cheshireEastRecurring(String... themes) {
        List<String> wanted = List.of(themes);
        return rows("recurring-weaknesses", Map.of("authority", "Cheshire East"), "theme_id", "inspection_count", "end_date")
                .stream().filter(row -> wanted.contains(row.substring(0, row.indexOf(' ')))).sorted().toList();
    }

    @Test
    void recurringWeaknessesOfCheshireEastAreNamedIn2015AndByTheCouncilPaperOn2019() {
        assertEquals(List.of(
                "assessment | 2 | 2015-07-30", "assessment | 2 | 2019-11-29",
                "management-oversight | 2 | 2015-07-30", "management-oversight | 2 | 2019-11-29",
                "planning | 2 | 2015-07-30", "planning | 2 | 2019-11-29",
                "private-fostering | 2 | 2015-07-30", "private-fostering | 2 | 2019-11-29"),
                cheshireEastRecurring("private-fostering", "management-oversight", "assessment", "planning"));
        assertEquals(List.of("Cheshire East", "Cheshire West and Chester"), rows("recurring-weaknesses", Map.of(),
                "authority_name").stream().distinct().sorted().toList());
    }

    @Test
    void theSharedWeaknessesOfOnePeriodCountEachAuthorityOnce() {
        List<String> rows = rows("shared-weaknesses", Map.of("from", "2018", "to", "2025"), "theme_id", "authority_count",
                "authorities");
        assertEquals("private-fostering | 2 | Cheshire East; Cheshire West and Chester",
                rows.stream().filter(r -> r.startsWith("private-fostering ")).findFirst().orElseThrow()
                        .replace("Cheshire West and Chester; Cheshire East", "Cheshire East; Cheshire West and Chester"));
        assertEquals(List.of(), rows("shared-weaknesses", Map.of("from", "2026"), "theme_id"));
    }

    @Test
    void theThemeTrendCountsTheInspectionsOfEachYear() {
        assertEquals(List.of("2010 | 1 | 0 | 0.0", "2015 | 1 | 1 | 1.0", "2019 | 1 | 1 | 1.0", "2024 | 1 | 1 | 1.0"),
                rows("theme-trend", Map.of("theme", "private-fostering"), "year", "inspections", "weak_inspections", "share"));
    }

    @Test
    void inspectorOverlapFindsTheInspectorOfBothCheshires() {
        assertEquals(List.of("Alison Smale | 2 | 2 | 1 | Cheshire West and Chester; Cheshire East"),
                rows("inspector-overlap", Map.of(), "inspector_name", "authority_count", "inspection_count", "led_count",
                        "authorities").stream().map(r -> r.replace("Cheshire East; Cheshire West and Chester",
                        "Cheshire West and Chester; Cheshire East")).toList());
    }

    @Test
    void neighbourWeaknessesListsEveryStatisticalNeighbourWithTheSharedThemes() {
        List<String> rows = rows("neighbour-weaknesses", Map.of("authority", "80447"), "neighbour_name", "shared_count");
        assertEquals(10, rows.size());
        assertEquals("Cheshire West and Chester | 35", rows.get(0));
        assertEquals(9, rows.stream().filter(r -> r.endsWith(" | 0")).count());
    }

    /** The findings and improvement items about an authority's inspections whose text has the phrase, by regex. */
    private List<String> statementsNaming(String phrase, String urn) {
        List<String> found = new ArrayList<>();
        org.apache.jena.system.Txn.executeRead(store.dataset(), () -> {
            try (var execution = org.apache.jena.query.QueryExecution.dataset(store.dataset()).query("""
                    PREFIX ofk: <https://w3id.org/ofsted-kg/def/>
                    SELECT DISTINCT ?statement WHERE {
                      GRAPH ?g { ?statement a ?class ; ofk:text ?text ; ofk:statedIn ?document ; ofk:aboutInspection ?inspection }
                      GRAPH ?h { ?inspection ofk:inspectedAuthority <https://w3id.org/ofsted-kg/id/authority/%s> }
                      VALUES ?class { ofk:Finding ofk:ImprovementItem }
                      FILTER (REGEX(?text, "%s", "i")) }""".formatted(urn, phrase)).build()) {
                execution.execSelect().forEachRemaining(row -> found.add(row.getResource("statement").getURI()));
            }
        });
        return found.stream().sorted().toList();
    }

    @Test
    void searchFindingsFindsTheStatementsThatNameThePhraseFromTheLocalIndex() {
        List<String> cheshireEast = statementsNaming("private fostering", "80447");
        assertEquals(7, cheshireEast.size());
        assertEquals(cheshireEast, rows("search-findings", Map.of("text", "\"private fostering\"", "authority", "Cheshire East"),
                "statement").stream().sorted().toList());
        List<String> halton = statementsNaming("private fostering", "80471");
        assertEquals(2, halton.size());
        assertEquals(halton, rows("search-findings", Map.of("text", "\"private fostering\"", "authority", "80471"),
                "statement").stream().sorted().toList());
    }

    /** Last: it adds Ofsted's report to the seeds. */
    @Test
    @Order(Integer.MAX_VALUE)
    void provenanceShowsTheCouncilPapersFactsAndThenFlagsWhereOfstedsReportDisagrees() throws Exception {
        Map<String, String> inspection = Map.of("inspection", "https://w3id.org/ofsted-kg/id/inspection/80447/ilacs/2019-11-29");
        assertEquals(List.of("CommitteeReport | end date | 2019-11-29 | false", "CommitteeReport | start date | 2019-11-11 | false"),
                rows("provenance", inspection, "document_class", "fact", "value", "disagrees").stream()
                        .filter(r -> r.contains(" date |") && !r.contains("publication")).toList());

        Path report = SHARED.resolve("corpus").resolve(CHESHIRE_EAST_2019_REPORT);
        Assumptions.assumeTrue(Files.isRegularFile(report), "corpus report not found: " + report);
        loader.loadAll(List.of(report), 1, outcome -> { });
        assertEquals(List.of("CommitteeReport | end date | 2019-11-29 | false", "CommitteeReport | start date | 2019-11-11 | true",
                        "InspectionReport | end date | 2019-11-29 | false", "InspectionReport | start date | 2019-11-18 | true"),
                rows("provenance", inspection, "document_class", "fact", "value", "disagrees").stream()
                        .filter(r -> r.contains(" date |") && !r.contains("publication")).toList());
        // Ofsted's report describes the inspection the council paper described: it still counts once.
        assertEquals(List.of(
                        "assessment | 2 | 2015-07-30", "assessment | 2 | 2019-11-29",
                        "private-fostering | 2 | 2015-07-30", "private-fostering | 2 | 2019-11-29"),
                cheshireEastRecurring("private-fostering", "assessment"));
    }
}
