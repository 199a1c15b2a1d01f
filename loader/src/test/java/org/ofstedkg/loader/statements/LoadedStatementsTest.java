package org.ofstedkg.loader.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.loader.DocumentOutcome;
import org.ofstedkg.loader.Loader;
import org.ofstedkg.loader.store.KnowledgeGraphStore;
import org.ofstedkg.loader.validate.ShapeValidation;

/**
 * Statements as the loader writes them: typed, classified (listed items by construction), linked to their
 * section and evidence, traced to their span, and conforming to the shapes.
 */
class LoadedStatementsTest {

    private static final Path SAMPLES = Path.of("..", "samples");
    private static final String PREFIXES = """
            PREFIX ofk: <https://w3id.org/ofsted-kg/def/>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            """;

    @TempDir
    Path temp;

    @Test
    void writesClassifiedTracedStatementsThatConformToTheShapes() throws Exception {
        try (KnowledgeGraphStore store = KnowledgeGraphStore.openOrCreate(temp.resolve("db"))) {
            store.installLocalAuthorities(SAMPLES.resolve("fictional-authorities.ttl"));
            Loader loader = Loader.standard(store, new FixedClassifier());
            for (String sample : List.of("borsetshire-sif-2015.txt", "felpersham-letter-2010.txt")) {
                DocumentOutcome outcome = loader.load(SAMPLES.resolve("reports").resolve(sample));
                assertTrue(outcome.loaded(), outcome.reason());
            }
            var dataset = store.dataset();
            Txn.executeRead(dataset, () -> {
                assertEquals(List.of("ImprovementItem weakness 17", "ListedStrength strength 6"), rows(dataset, """
                        SELECT (CONCAT(STRAFTER(STR(?type), "def/"), " ", STRAFTER(STR(?polarity), "polarity/"), " ",
                                STR(COUNT(?s))) AS ?row)
                        WHERE { GRAPH ?g { ?s a ?type ; ofk:polarity ?polarity ; ofk:theme ?theme . }
                                FILTER(?type != ofk:Finding) }
                        GROUP BY ?type ?polarity ORDER BY ?row"""));
                assertEquals(List.of("mixed"), rows(dataset, """
                        SELECT DISTINCT (STRAFTER(STR(?p), "polarity/") AS ?row)
                        WHERE { GRAPH ?g { ?s a ofk:Finding ; ofk:polarity ?p } }"""));
                // Recommendation 1 cites paragraphs 12, 16 and 37: it is supported by their sentences.
                List<String> support = rows(dataset, """
                        SELECT DISTINCT ?row WHERE { GRAPH ?g { ?item ofk:itemNumber "1" ; ofk:supportedBy ?f .
                                ?f ofk:paragraphNumber ?row } } ORDER BY ?row""");
                assertEquals(List.of("12", "16", "37"), support);
                // Every quote selector quotes the normalised text at its position.
                assertEquals(List.of(), rows(dataset, """
                        PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                        SELECT ?row WHERE { GRAPH ?g { ?s ofk:textSpan ?span . ?span oa:hasSource ?doc ;
                                oa:hasSelector ?p , ?q . ?p oa:start ?start ; oa:end ?end . ?q oa:exact ?exact .
                                ?text nif:isString ?all ; <http://www.w3.org/ns/prov#wasDerivedFrom> ?doc .
                                FILTER(SUBSTR(?all, ?start + 1, ?end - ?start) != ?exact) BIND(STR(?s) AS ?row) } }"""));
                assertEquals(List.of(), rows(dataset, """
                        SELECT ?row WHERE { GRAPH ?g { ?s a ofk:ImprovementItem . FILTER NOT EXISTS { ?s ofk:section ?x }
                                BIND(STR(?s) AS ?row) } }"""));
            });
            var report = new ShapeValidation().validate(store.dataset());
            assertEquals(List.of(), report.getEntries().stream().map(Object::toString).toList());
        }
    }

    private static List<String> rows(org.apache.jena.query.Dataset dataset, String query) {
        try (QueryExecution execution = QueryExecution.dataset(dataset).query(PREFIXES + query).build()) {
            List<String> rows = new java.util.ArrayList<>();
            execution.execSelect().forEachRemaining((QuerySolution row) -> rows.add(row.get("row").toString()));
            return rows;
        }
    }
}
