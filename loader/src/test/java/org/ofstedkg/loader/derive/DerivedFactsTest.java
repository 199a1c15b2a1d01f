package org.ofstedkg.loader.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.ofstedkg.ontology.Iris;

class DerivedFactsTest {

    /** Two documents about two inspections of one authority, and one about another authority's inspection. */
    private static final String GRAPHS = """
            PREFIX ofk: <https://w3id.org/ofsted-kg/def/>
            PREFIX theme: <https://w3id.org/ofsted-kg/def/theme/>
            PREFIX polarity: <https://w3id.org/ofsted-kg/def/polarity/>
            PREFIX id: <https://w3id.org/ofsted-kg/id/>
            GRAPH id:document\\/a {
              id:inspection\\/99999\\/sif\\/2015-07-30 ofk:inspectedAuthority id:authority\\/99999 .
              id:document\\/a\\/improvement\\/1 a ofk:ImprovementItem ; ofk:aboutInspection id:inspection\\/99999\\/sif\\/2015-07-30 ;
                  ofk:theme theme:management-oversight , theme:supervision .
              id:document\\/a\\/finding\\/1 a ofk:Finding ; ofk:polarity polarity:weakness ;
                  ofk:aboutInspection id:inspection\\/99999\\/sif\\/2015-07-30 ; ofk:theme theme:management-oversight .
              id:document\\/a\\/finding\\/2 a ofk:Finding ; ofk:polarity polarity:strength ;
                  ofk:aboutInspection id:inspection\\/99999\\/sif\\/2015-07-30 ; ofk:theme theme:adoption .
            }
            GRAPH id:document\\/b {
              id:inspection\\/99999\\/ilacs\\/2019-02-15 ofk:inspectedAuthority id:authority\\/99999 .
              id:document\\/b\\/finding\\/7 a ofk:Finding ; ofk:polarity polarity:weakness ;
                  ofk:aboutInspection id:inspection\\/99999\\/ilacs\\/2019-02-15 ; ofk:theme theme:management-oversight .
            }
            GRAPH id:document\\/c {
              id:inspection\\/88888\\/ilacs\\/2019-02-15 ofk:inspectedAuthority id:authority\\/88888 .
              id:document\\/c\\/improvement\\/1 a ofk:ImprovementItem ; ofk:aboutInspection id:inspection\\/88888\\/ilacs\\/2019-02-15 ;
                  ofk:theme theme:management-oversight .
            }
            """;

    private static List<String> rows(Dataset dataset, String query) {
        List<String> rows = new ArrayList<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
                execution.execSelect().forEachRemaining(row -> {
                    List<String> cells = new ArrayList<>();
                    row.varNames().forEachRemaining(v -> cells.add(row.get(v).isLiteral()
                            ? row.getLiteral(v).getLexicalForm() : row.getResource(v).getURI().replace(Iris.BASE, "")));
                    rows.add(String.join(" ", cells));
                });
            }
        });
        return rows;
    }

    @Test
    void eachInspectionsWeakThemesAreCountedFromItsImprovementItemsAndWeaknessFindings() {
        Dataset dataset = DatasetFactory.createTxnMem();
        RDFParser.fromString(GRAPHS, Lang.TRIG).parse(dataset);
        DerivedFacts.recompute(dataset);
        assertEquals(List.of(
                "id/inspection/88888/ilacs/2019-02-15 def/theme/management-oversight 1 0",
                "id/inspection/99999/ilacs/2019-02-15 def/theme/management-oversight 0 1",
                "id/inspection/99999/sif/2015-07-30 def/theme/management-oversight 1 1",
                "id/inspection/99999/sif/2015-07-30 def/theme/supervision 1 0"), rows(dataset, """
                PREFIX ofk: <https://w3id.org/ofsted-kg/def/>
                SELECT ?inspection ?theme ?items ?findings WHERE { GRAPH <https://w3id.org/ofsted-kg/id/graph/derived> {
                  ?w a ofk:WeaknessTheme ; ofk:weakIn ?inspection ; ofk:theme ?theme ;
                     ofk:improvementItemCount ?items ; ofk:weaknessFindingCount ?findings } }
                ORDER BY ?inspection ?theme"""));
    }

    @Test
    void aThemeWeakInTwoInspectionsOfOneAuthorityRecursThereOnly() {
        Dataset dataset = DatasetFactory.createTxnMem();
        RDFParser.fromString(GRAPHS, Lang.TRIG).parse(dataset);
        DerivedFacts.recompute(dataset);
        assertEquals(List.of("id/authority/99999 def/theme/management-oversight 2"), rows(dataset, """
                PREFIX ofk: <https://w3id.org/ofsted-kg/def/>
                SELECT ?authority ?theme ?count WHERE { GRAPH <https://w3id.org/ofsted-kg/id/graph/derived> {
                  ?r a ofk:RecurringWeakness ; ofk:weakAt ?authority ; ofk:theme ?theme ; ofk:inspectionCount ?count } }"""));
        assertEquals(List.of("2"), rows(dataset, """
                PREFIX ofk: <https://w3id.org/ofsted-kg/def/>
                SELECT (COUNT(?w) AS ?n) WHERE { GRAPH <https://w3id.org/ofsted-kg/id/graph/derived> { ?r ofk:recursIn ?w } }"""));
    }

    @Test
    void recomputingReplacesTheDerivedGraphAndRecordsTheRule() {
        Dataset dataset = DatasetFactory.createTxnMem();
        RDFParser.fromString(GRAPHS, Lang.TRIG).parse(dataset);
        DerivedFacts.recompute(dataset);
        long once = Txn.calculateRead(dataset, () -> dataset.getNamedModel(Iris.DERIVED_GRAPH).size());
        DerivedFacts.recompute(dataset);
        assertEquals(once, (long) Txn.calculateRead(dataset, () -> dataset.getNamedModel(Iris.DERIVED_GRAPH).size()));
        assertTrue(rows(dataset, """
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?rule WHERE { GRAPH <https://w3id.org/ofsted-kg/id/graph/derived> {
                  <https://w3id.org/ofsted-kg/id/graph/derived> prov:wasGeneratedBy/prov:used ?rule } }""")
                .equals(List.of("id/rule/weaknesses")));
    }

    @Test
    void eachWeaknessHasOneExampleAnImprovementItemBeforeAnyFinding() {
        Dataset dataset = DatasetFactory.createTxnMem();
        RDFParser.fromString(GRAPHS, Lang.TRIG).parse(dataset);
        DerivedFacts.recompute(dataset);
        assertEquals(List.of(
                "id/inspection/88888/ilacs/2019-02-15/weakness/management-oversight id/document/c/improvement/1",
                "id/inspection/99999/ilacs/2019-02-15/weakness/management-oversight id/document/b/finding/7",
                "id/inspection/99999/sif/2015-07-30/weakness/management-oversight id/document/a/improvement/1",
                "id/inspection/99999/sif/2015-07-30/weakness/supervision id/document/a/improvement/1"), rows(dataset, """
                PREFIX ofk: <https://w3id.org/ofsted-kg/def/>
                SELECT ?weakness ?example WHERE { GRAPH <https://w3id.org/ofsted-kg/id/graph/derived> {
                  ?weakness ofk:exampleEvidence ?example } }
                ORDER BY ?weakness"""));
    }
}
