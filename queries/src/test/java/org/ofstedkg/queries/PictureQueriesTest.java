package org.ofstedkg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.loader.Loader;
import org.ofstedkg.loader.derive.DerivedFacts;
import org.ofstedkg.loader.store.KnowledgeGraphStore;

/**
 * The queries behind the service's charts (grade timeline and distribution, latest grades, the weakness heat maps),
 * on the sample reports and on ../shared/seeds, with the exact rows expected.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PictureQueriesTest {

    private static final Path SAMPLES = Path.of("..", "samples");
    private static final Path SEEDS = Path.of(System.getProperty("ofstedkg.shared", "../shared"), "seeds");

    private KnowledgeGraphStore samples;
    private KnowledgeGraphStore seeds;
    private final QueryCatalogue catalogue = QueryCatalogue.bundled();

    @BeforeAll
    void load(@TempDir Path temp) throws Exception {
        samples = KnowledgeGraphStore.openOrCreate(temp.resolve("samples"));
        samples.installLocalAuthorities(SAMPLES.resolve("fictional-authorities.ttl"));
        Loader loader = Loader.standard(samples);
        for (String sample : List.of("borsetshire-sif-2015.txt", "borsetshire-ilacs-2019.md",
                "borsetshire-ilacs-2024.txt", "felpersham-letter-2010.txt", "felpersham-committee-2020.md")) {
            loader.load(SAMPLES.resolve("reports").resolve(sample));
        }
        DerivedFacts.recompute(samples.dataset());
        if (Files.isDirectory(SEEDS)) {
            seeds = KnowledgeGraphStore.openOrCreate(temp.resolve("seeds"));
            Loader seedLoader = Loader.standard(seeds);
            try (var files = Files.list(SEEDS)) {
                for (Path seed : files.sorted().toList()) {
                    seedLoader.load(seed);
                }
            }
            DerivedFacts.recompute(seeds.dataset());
        }
    }

    @AfterAll
    void close() {
        samples.close();
        if (seeds != null) {
            seeds.close();
        }
    }

    private List<String> rows(KnowledgeGraphStore store, String name, Map<String, String> parameters, String... columns) {
        return ResultRows.of(QueryRun.onDataset(catalogue.find(name).orElseThrow(), parameters, store.dataset()), columns);
    }

    private void assumeSeeds() {
        Assumptions.assumeTrue(seeds != null, "no seeds at " + SEEDS.toAbsolutePath() + " (set -Dofstedkg.shared)");
    }

    @Test
    void gradeTimelinePutsOlderFrameworksAreasOnTodaysThroughTheCrosswalk() {
        assertEquals(List.of(
                "2015 | care-leavers | inadequate | 4",
                "2015 | children-in-care-and-care-leavers | requires-improvement | 3",
                "2015 | help-and-protection | requires-improvement | 3",
                "2015 | impact-of-leaders | requires-improvement | 3",
                "2015 | lscb | inadequate | 4",
                "2015 | overall-effectiveness | requires-improvement | 3",
                "2015 | sif-adoption | good | 2",
                "2019 | children-in-care-and-care-leavers | requires-improvement | 3",
                "2019 | help-and-protection | requires-improvement | 3",
                "2019 | impact-of-leaders | requires-improvement | 3",
                "2019 | overall-effectiveness | requires-improvement | 3",
                "2024 | care-leavers | requires-improvement | 3",
                "2024 | children-in-care | requires-improvement | 3",
                "2024 | help-and-protection | good | 2",
                "2024 | impact-of-leaders | requires-improvement | 3",
                "2024 | overall-effectiveness | requires-improvement | 3"),
                rows(samples, "grade-timeline", Map.of("authority", "Borsetshire"), "year", "area_id", "grade_id", "rank"));
        assertEquals(List.of("Leadership, management and governance (2015) is drawn as: "
                        + "The impact of leaders on social work practice with children and families"),
                rows(samples, "grade-timeline", Map.of("authority", "9999901"), "year", "area_id", "area").stream()
                        .filter(row -> row.startsWith("2015 | impact-of-leaders"))
                        .map(row -> "Leadership, management and governance (2015) is drawn as: " + row.split(" \\| ")[2])
                        .toList());
    }

    @Test
    void latestGradesGiveEachAuthorityItsLastOverallGradeOrOneAuthorityBesideItsNeighbours() {
        assertEquals(List.of(
                "9999901 | Borsetshire | South West | false | 2024-06-21 | requires-improvement | 3",
                "9999902 | Felpersham | South West | false | 2019-11-29 | good | 2"),
                rows(samples, "latest-grades", Map.of(), "authority_urn", "authority_name", "region", "is_self",
                        "end_date", "grade_id", "rank"));
        assertEquals(List.of("9999901 | false", "9999902 | true"),
                rows(samples, "latest-grades", Map.of("neighbours", "Felpersham"), "authority_urn", "is_self"));
    }

    @Test
    void gradeDistributionCountsInspectionsByYearAreaAndGrade() {
        List<String> rows = rows(samples, "grade-distribution", Map.of(), "year", "area_id", "grade_id", "inspections");
        assertEquals(19, rows.size(), String.join("\n", rows));
        assertEquals(List.of(
                "2019 | children-in-care-and-care-leavers | requires-improvement | 2",
                "2019 | help-and-protection | good | 1",
                "2019 | help-and-protection | requires-improvement | 1",
                "2019 | impact-of-leaders | good | 1",
                "2019 | impact-of-leaders | requires-improvement | 1",
                "2019 | overall-effectiveness | good | 1",
                "2019 | overall-effectiveness | requires-improvement | 1"),
                rows.stream().filter(row -> row.startsWith("2019")).toList());
    }

    @Test
    void weaknessHeatmapGivesEachThemeAndInspectionWithCountsAndAnExample() {
        List<String> rows = rows(samples, "weakness-heatmap", Map.of("authority", "Borsetshire"), "theme_id", "end_date",
                "weakness_statements", "improvement_items", "inspections_weak", "file");
        assertEquals(List.of(
                "planning | 2015-07-30 | 9 | 1 | 3 | borsetshire-sif-2015.txt",
                "planning | 2019-02-15 | 6 | 2 | 3 | borsetshire-ilacs-2019.md",
                "planning | 2024-06-21 | 5 | 2 | 3 | borsetshire-ilacs-2024.txt"),
                rows.stream().filter(row -> row.startsWith("planning |")).toList());
        assertEquals(List.of("assessment", "care-leaver-accommodation", "drift-and-delay", "exploitation", "foster-carers",
                "management-oversight", "pathway-planning", "placement-sufficiency", "planning", "private-fostering",
                "recording", "supervision", "workforce-stability"),
                rows.stream().filter(row -> row.contains(" | 3 | borsetshire")).map(row -> row.split(" \\| ")[0])
                        .distinct().toList());
        // The example is an improvement item when the inspection has one about the theme.
        assertEquals(List.of("https://w3id.org/ofsted-kg/id/document/7f1b9bfb4020ba9e/improvement/1"),
                rows(samples, "weakness-heatmap", Map.of("authority", "9999901"), "theme_id", "end_date", "example").stream()
                        .filter(row -> row.startsWith("planning | 2019")).map(row -> row.split(" \\| ")[2]).toList());
    }

    @Test
    void weaknessHeatmapOnTheSeedsFindsCheshireEastsRecurringWeaknesses() {
        assumeSeeds();
        List<String> rows = rows(seeds, "weakness-heatmap", Map.of("authority", "Cheshire East"), "theme_id", "end_date",
                "weakness_statements", "improvement_items", "inspections_weak");
        assertEquals(54, rows.size());
        assertEquals(List.of("assessment", "care-leaver-accommodation", "court-proceedings", "drift-and-delay",
                "foster-carers", "homeless-16-17", "management-oversight", "planning", "private-fostering", "supervision"),
                rows.stream().filter(row -> row.endsWith(" | 2")).map(row -> row.split(" \\| ")[0]).distinct().toList());
        assertEquals(List.of(
                "private-fostering | 2015-07-30 | 4 | 2 | 2",
                "private-fostering | 2019-11-29 | 1 | 1 | 2"),
                rows.stream().filter(row -> row.startsWith("private-fostering")).toList());
        assertEquals(39, rows.stream().filter(row -> !row.split(" \\| ")[3].equals("0")).count());
    }

    @Test
    void chartQueriesOnTheSeedsGiveTheRowsTheBrowserTestCountsAsMarks() {
        assumeSeeds();
        assertEquals(11, rows(seeds, "grade-timeline", Map.of("authority", "80447"), "area_id").size());
        assertEquals(5, rows(seeds, "grade-timeline", Map.of("authority", "80448"), "area_id").size());
        assertEquals(List.of("80447 | true | requires-improvement", "80448 | false | requires-improvement"),
                rows(seeds, "latest-grades", Map.of("neighbours", "80447"), "authority_urn", "is_self", "grade_id"));
        assertEquals(16, rows(seeds, "grade-distribution", Map.of(), "year").size());
        List<String> themes = rows(seeds, "weak-themes-by-year", Map.of(), "theme_id", "year", "inspections", "total");
        assertEquals(47, themes.size());
        assertEquals(15, themes.stream().map(row -> row.split(" \\| ")[0]).distinct().count());
    }

    @Test
    void weakThemesByYearKeepsTheTopThemesWithTheirShareOfTheYearsInspections() {
        List<String> rows = rows(samples, "weak-themes-by-year", Map.of("top", "2"), "theme_id", "year", "inspections",
                "share", "total");
        // 2019 has two inspections with weaknesses (Borsetshire's, and Felpersham's as its council paper tells it).
        assertEquals(List.of(
                "supervision | 2010 | 1 | 1.0 | 5",
                "supervision | 2015 | 1 | 1.0 | 5",
                "supervision | 2019 | 2 | 1.0 | 5",
                "supervision | 2024 | 1 | 1.0 | 5",
                "assessment | 2010 | 1 | 1.0 | 4",
                "assessment | 2015 | 1 | 1.0 | 4",
                "assessment | 2019 | 1 | 0.5 | 4",
                "assessment | 2024 | 1 | 1.0 | 4"), rows);
    }
}
