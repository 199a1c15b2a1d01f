package org.ofstedkg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
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
        ResultSetRewindable results = QueryRun.onDataset(catalogue.find(name).orElseThrow(), parameters, store.dataset());
        List<String> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution row = results.next();
            List<String> cells = new ArrayList<>();
            for (String column : columns) {
                RDFNode value = row.get(column);
                cells.add(value == null ? "" : value.isLiteral() ? value.asLiteral().getLexicalForm() : value.toString());
            }
            rows.add(String.join(" | ", cells));
        }
        System.out.println(name + " " + parameters + ":\n  " + String.join("\n  ", rows));
        return rows;
    }

    private void assumeSeeds() {
        Assumptions.assumeTrue(seeds != null, "no seeds at " + SEEDS.toAbsolutePath() + " (set -Dofstedkg.shared)");
    }

    @Test
    void print() {
        rows(samples, "grade-timeline", Map.of("authority", "Borsetshire"), "year", "area_id", "area", "grade_id", "rank");
        rows(samples, "latest-grades", Map.of(), "authority_urn", "authority_name", "region", "is_self", "end_date", "grade_id", "rank");
        rows(samples, "latest-grades", Map.of("neighbours", "Felpersham"), "authority_urn", "authority_name", "region", "is_self", "end_date", "grade_id", "rank");
        rows(samples, "grade-distribution", Map.of(), "year", "area_id", "grade_id", "rank", "inspections");
        rows(samples, "weakness-heatmap", Map.of("authority", "9999901"), "theme_id", "end_date", "weakness_statements", "improvement_items", "inspections_weak", "example", "file");
        rows(samples, "weak-themes-by-year", Map.of("top", "5"), "year", "theme_id", "inspections", "share", "total");
        assumeSeeds();
        rows(seeds, "grade-timeline", Map.of(), "authority_name", "year", "area_id", "grade_id", "rank");
        rows(seeds, "latest-grades", Map.of(), "authority_urn", "authority_name", "region", "is_self", "end_date", "grade_id", "rank");
        rows(seeds, "latest-grades", Map.of("neighbours", "80447"), "authority_urn", "authority_name", "region", "is_self", "end_date", "grade_id", "rank");
        rows(seeds, "grade-distribution", Map.of(), "year", "area_id", "grade_id", "rank", "inspections");
        rows(seeds, "weakness-heatmap", Map.of("authority", "80447"), "theme_id", "end_date", "weakness_statements", "improvement_items", "inspections_weak", "example", "file");
        rows(seeds, "weak-themes-by-year", Map.of(), "year", "theme_id", "inspections", "share", "total");
    }
}
