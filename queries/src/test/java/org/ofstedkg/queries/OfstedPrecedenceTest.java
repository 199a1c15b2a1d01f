package org.ofstedkg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.loader.Loader;
import org.ofstedkg.loader.derive.DerivedFacts;
import org.ofstedkg.loader.store.KnowledgeGraphStore;

/**
 * Where a council paper and Ofsted's report describe one inspection and disagree, the saved queries show one
 * inspection with Ofsted's values and both sources.
 */
class OfstedPrecedenceTest {

    @TempDir
    Path temp;

    @Test
    void theInspectionsQueryShowsOfstedsDatesAndBothSources() throws Exception {
        Path shared = Path.of(System.getProperty("ofstedkg.shared", "../../shared"));
        Assumptions.assumeTrue(Files.isDirectory(shared.resolve("corpus")), "shared material not found at " + shared);
        try (KnowledgeGraphStore store = KnowledgeGraphStore.openOrCreate(temp.resolve("db"))) {
            Loader loader = Loader.standard(store);
            loader.load(shared.resolve("seeds/001_7bd2fd931dec2c5b.txt"));
            loader.load(shared.resolve("corpus/80447_cheshire-east_2020-01-09.pdf"));
            // As kg load does after its files: the queries read the accepted facts from the derived graph.
            DerivedFacts.recompute(store.dataset());
            ResultSetRewindable rows = QueryRun.onDataset(QueryCatalogue.bundled().find("inspections").orElseThrow(),
                    Map.of(), store.dataset());
            assertEquals(1, rows.size());
            QuerySolution row = rows.next();
            assertEquals(List.of("80447", "ilacs-standard", "2019-11-18", "2019-11-29", "Shabana Abasi",
                            "001_7bd2fd931dec2c5b.txt|80447_cheshire-east_2020-01-09.pdf"),
                    List.of(row.getLiteral("authority_urn").getString(), row.getLiteral("kind").getString(),
                            row.getLiteral("start_date").getLexicalForm(), row.getLiteral("end_date").getLexicalForm(),
                            row.getLiteral("lead_inspector").getString(), row.getLiteral("sources").getString()));
        }
    }

    @Test
    void anUndatedOcrCopyAddsItsSourceButNotItsVagueKind() throws Exception {
        Path shared = Path.of(System.getProperty("ofstedkg.shared", "../../shared"));
        Assumptions.assumeTrue(Files.isDirectory(shared.resolve("corpus")), "shared material not found at " + shared);
        try (KnowledgeGraphStore store = KnowledgeGraphStore.openOrCreate(temp.resolve("ocr"))) {
            Loader loader = Loader.standard(store);
            loader.load(shared.resolve("corpus/80471_halton_2020-04-15.pdf"));
            loader.load(shared.resolve("seeds/003_4d679c71314c0232.txt"));
            DerivedFacts.recompute(store.dataset());
            ResultSetRewindable rows = QueryRun.onDataset(QueryCatalogue.bundled().find("inspections").orElseThrow(),
                    Map.of(), store.dataset());
            assertEquals(1, rows.size());
            QuerySolution row = rows.next();
            assertEquals(List.of("ilacs-standard", "2020-03-02", "2020-03-13",
                            "003_4d679c71314c0232.txt|80471_halton_2020-04-15.pdf"),
                    List.of(row.getLiteral("kind").getString(), row.getLiteral("start_date").getLexicalForm(),
                            row.getLiteral("end_date").getLexicalForm(), row.getLiteral("sources").getString()));
        }
    }
}
