package org.ofstedkg.loader.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.ofstedkg.ontology.Iris;
import org.ofstedkg.ontology.OntologyResources;

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

    /**
     * One inspection told by Ofsted's report and by a council paper that disagree on its kind, start date and overall
     * grade; only the paper gives a publication date and a grade for children in care. The ontology's subclass and
     * the kinds' hierarchy are in the vocabulary graph, where the loader's store keeps them.
     */
    private static final String DISAGREEING = """
            PREFIX ofk: <https://w3id.org/ofsted-kg/def/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX kind: <https://w3id.org/ofsted-kg/def/inspection-kind/>
            PREFIX area: <https://w3id.org/ofsted-kg/def/judgement-area/>
            PREFIX grade: <https://w3id.org/ofsted-kg/def/grade/>
            PREFIX id: <https://w3id.org/ofsted-kg/id/>
            GRAPH id:graph\\/vocabulary {
              ofk:InspectionReport rdfs:subClassOf ofk:OfstedDocument .
              kind:ilacs-standard skos:broader kind:ilacs .
            }
            GRAPH id:document\\/report {
              id:document\\/report a ofk:InspectionReport ; ofk:describes id:inspection\\/99999\\/ilacs\\/2019-11-29 .
              id:inspection\\/99999\\/ilacs\\/2019-11-29 ofk:inspectionKind kind:ilacs-standard ;
                  ofk:startDate "2019-11-18"^^xsd:date ; ofk:endDate "2019-11-29"^^xsd:date ;
                  ofk:judgement id:document\\/report\\/j1 .
              id:document\\/report\\/j1 ofk:judgementArea area:overall-effectiveness ; ofk:grade grade:good .
            }
            GRAPH id:document\\/paper {
              id:document\\/paper a ofk:CommitteeReport ; ofk:describes id:inspection\\/99999\\/ilacs\\/2019-11-29 .
              id:inspection\\/99999\\/ilacs\\/2019-11-29 ofk:inspectionKind kind:ilacs ;
                  ofk:startDate "2019-11-11"^^xsd:date ; ofk:endDate "2019-11-29"^^xsd:date ;
                  ofk:publicationDate "2020-01-09"^^xsd:date ;
                  ofk:judgement id:document\\/paper\\/j1 , id:document\\/paper\\/j2 .
              id:document\\/paper\\/j1 ofk:judgementArea area:overall-effectiveness ; ofk:grade grade:requires-improvement .
              id:document\\/paper\\/j2 ofk:judgementArea area:children-in-care ; ofk:grade grade:good .
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
                  <https://w3id.org/ofsted-kg/id/graph/derived> prov:wasGeneratedBy/prov:used ?rule } }
                ORDER BY ?rule""")
                .equals(List.of("id/rule/inspections", "id/rule/weaknesses")));
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

    @Test
    void anInspectionsRecordTakesEachFieldFromOfstedsReportAndTheRestFromThePaper() {
        Dataset dataset = DatasetFactory.createTxnMem();
        RDFParser.fromString(DISAGREEING, Lang.TRIG).parse(dataset);
        DerivedFacts.recompute(dataset);
        assertEquals(List.of("id/inspection/99999/ilacs/2019-11-29 def/inspection-kind/ilacs-standard 2019-11-18 "
                + "2019-11-29 2020-01-09"), rows(dataset, """
                PREFIX ofk: <https://w3id.org/ofsted-kg/def/>
                SELECT ?inspection ?kind ?start ?end ?published WHERE { GRAPH <https://w3id.org/ofsted-kg/id/graph/derived> {
                  ?record a ofk:InspectionRecord ; ofk:recordOf ?inspection ; ofk:acceptedKind ?kind ;
                          ofk:acceptedStartDate ?start ; ofk:acceptedEndDate ?end ; ofk:acceptedPublicationDate ?published } }"""));
        assertEquals(List.of(
                "id/inspection/99999/ilacs/2019-11-29/record/children-in-care def/judgement-area/children-in-care "
                        + "def/grade/good id/document/paper",
                "id/inspection/99999/ilacs/2019-11-29/record/overall-effectiveness "
                        + "def/judgement-area/overall-effectiveness def/grade/good id/document/report"), rows(dataset, """
                PREFIX ofk: <https://w3id.org/ofsted-kg/def/>
                SELECT ?judgement ?area ?grade ?document WHERE { GRAPH <https://w3id.org/ofsted-kg/id/graph/derived> {
                  ?record ofk:acceptedJudgement ?judgement .
                  ?judgement a ofk:AcceptedJudgement ; ofk:judgementArea ?area ; ofk:acceptedGrade ?grade ;
                             ofk:statedBy ?document } }
                ORDER BY ?judgement"""));
    }

    @Test
    void theInspectionRecordsConformToTheShapes() {
        Dataset dataset = DatasetFactory.createTxnMem();
        RDFParser.fromString(DISAGREEING, Lang.TRIG).parse(dataset);
        DerivedFacts.recompute(dataset);
        Model data = ModelFactory.createDefaultModel();
        Txn.executeRead(dataset, () -> data.add(dataset.getNamedModel(Iris.DERIVED_GRAPH)));
        long records = data.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                data.createResource("https://w3id.org/ofsted-kg/def/InspectionRecord")).toList().size();
        assertEquals(1, records);
        data.add(OntologyResources.ontologyWithVocabularies());
        ValidationReport report = ShaclValidator.get().validate(
                Shapes.parse(OntologyResources.shapes().getGraph()), data.getGraph());
        assertTrue(report.conforms(), () -> report.getEntries().toString());
    }
}
