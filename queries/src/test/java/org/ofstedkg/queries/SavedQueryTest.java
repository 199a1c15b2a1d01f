package org.ofstedkg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class SavedQueryTest {

    private static final String TEXT = """
            #+ summary: Grades of one authority
            #+ description: Every grade, oldest first,
            #+   for one authority.
            #+ defaults:
            #+   - minimum: 2
            #+ method: GET

            SELECT ?grade WHERE { ?x <urn:p> ?_authority ; <urn:q> ?__minimum ; <urn:r> ?_authority . }
            """;

    @Test
    void readsTheGrlcHeaderAndItsContinuationLines() {
        SavedQuery query = SavedQuery.parse("grades", TEXT);
        assertEquals("grades", query.name());
        assertEquals("Grades of one authority", query.summary());
        assertEquals("Every grade, oldest first, for one authority.", query.description());
    }

    @Test
    void readsParametersFromUnderscoreVariablesOnceEachWithRequirednessAndDefaults() {
        SavedQuery query = SavedQuery.parse("grades", TEXT);
        assertEquals(List.of(new QueryParameter("authority", "_authority", true, ParameterType.STRING, null, List.of()),
                new QueryParameter("minimum", "__minimum", false, ParameterType.STRING, "2", List.of())), query.parameters());
    }

    @Test
    void bindsValuesAsRdfTermsNeverAsQueryText() {
        SavedQuery query = SavedQuery.parse("grades", TEXT);
        var binding = QueryRun.bindings(query, Map.of("authority", "x\" } DROP ALL { \""));
        assertEquals("x\" } DROP ALL { \"", binding.get(org.apache.jena.sparql.core.Var.alloc("_authority")).getLiteralLexicalForm());
        assertEquals("2", binding.get(org.apache.jena.sparql.core.Var.alloc("__minimum")).getLiteralLexicalForm());
    }

    @Test
    void anUnknownParameterIsAnErrorThatListsTheValidOnes() {
        SavedQuery query = SavedQuery.parse("grades", TEXT);
        var error = assertThrows(ParameterException.class,
                () -> QueryRun.bindings(query, Map.of("authority", "80447", "colour", "red")));
        assertEquals("query grades has no parameter 'colour'; its parameters: authority, minimum", error.getMessage());
    }

    @Test
    void aMissingRequiredParameterIsAnError() {
        SavedQuery query = SavedQuery.parse("grades", TEXT);
        var error = assertThrows(ParameterException.class, () -> QueryRun.bindings(query, Map.of()));
        assertEquals("query grades needs parameter 'authority' (a text)", error.getMessage());
    }

    @Test
    void everyBundledQueryParsesAsSparqlAndHasASummary() {
        QueryCatalogue catalogue = QueryCatalogue.bundled();
        assertTrue(catalogue.names().containsAll(List.of("inspections", "judgement-history")), catalogue.names().toString());
        for (SavedQuery query : catalogue.queries()) {
            QueryFactory.create(query.text());
            assertTrue(!query.summary().isBlank(), query.name() + " has no summary");
        }
    }

    private static final String TYPED = """
            #+ summary: Typed parameters
            #+ defaults:
            #+   - minimum: 2
            #+ enumerate:
            #+   - theme:
            #+     - supervision
            #+     - private-fostering
            SELECT * WHERE { ?x <urn:a> ?__minimum_xsd_integer ; <urn:b> ?_theme ; <urn:c> ?__from_xsd_gYear ;
                             <urn:d> ?__day_xsd_date ; <urn:e> ?__inspection_iri }
            """;

    @Test
    void readsEachParametersTypeFromItsGrlcSuffixOrEnumeration() {
        SavedQuery query = SavedQuery.parse("typed", TYPED);
        assertEquals(List.of(
                new QueryParameter("minimum", "__minimum_xsd_integer", false, ParameterType.INTEGER, "2", List.of()),
                new QueryParameter("theme", "_theme", true, ParameterType.ENUMERATION, null,
                        List.of("supervision", "private-fostering")),
                new QueryParameter("from", "__from_xsd_gYear", false, ParameterType.YEAR, null, List.of()),
                new QueryParameter("day", "__day_xsd_date", false, ParameterType.DATE, null, List.of()),
                new QueryParameter("inspection", "__inspection_iri", false, ParameterType.IRI, null, List.of())),
                query.parameters());
    }

    @Test
    void bindsEachTypeAsItsRdfTerm() {
        var binding = QueryRun.bindings(SavedQuery.parse("typed", TYPED), Map.of("theme", "supervision", "from", "2018",
                "day", "2019-11-29", "inspection", "https://w3id.org/ofsted-kg/id/inspection/80447/ilacs/2019-11-29"));
        assertEquals("\"2\"^^<http://www.w3.org/2001/XMLSchema#integer>", org.apache.jena.riot.out.NodeFmtLib.strNT(
                binding.get(org.apache.jena.sparql.core.Var.alloc("__minimum_xsd_integer"))));
        assertEquals("\"2018\"^^<http://www.w3.org/2001/XMLSchema#gYear>", org.apache.jena.riot.out.NodeFmtLib.strNT(
                binding.get(org.apache.jena.sparql.core.Var.alloc("__from_xsd_gYear"))));
        assertEquals("\"2019-11-29\"^^<http://www.w3.org/2001/XMLSchema#date>", org.apache.jena.riot.out.NodeFmtLib.strNT(
                binding.get(org.apache.jena.sparql.core.Var.alloc("__day_xsd_date"))));
        assertTrue(binding.get(org.apache.jena.sparql.core.Var.alloc("__inspection_iri")).isURI());
    }

    @Test
    void aBadValueIsAnErrorNamingTheParameterAndWhatItExpects() {
        SavedQuery query = SavedQuery.parse("typed", TYPED);
        assertEquals("parameter 'minimum' expects a whole number, e.g. 2; got 'two'", assertThrows(ParameterException.class,
                () -> QueryRun.bindings(query, Map.of("theme", "supervision", "minimum", "two"))).getMessage());
        assertEquals("parameter 'theme' expects one of: supervision, private-fostering; got 'cake'", assertThrows(
                ParameterException.class, () -> QueryRun.bindings(query, Map.of("theme", "cake"))).getMessage());
        assertEquals("parameter 'from' expects a year as YYYY, e.g. 2018; got '18'", assertThrows(ParameterException.class,
                () -> QueryRun.bindings(query, Map.of("theme", "supervision", "from", "18"))).getMessage());
        assertEquals("parameter 'day' expects a date as YYYY-MM-DD, e.g. 2019-11-29; got '2019-02-30'", assertThrows(
                ParameterException.class, () -> QueryRun.bindings(query, Map.of("theme", "supervision", "day", "2019-02-30")))
                .getMessage());
        assertTrue(assertThrows(ParameterException.class, () -> QueryRun.bindings(query,
                Map.of("theme", "supervision", "inspection", "80447/ilacs"))).getMessage()
                .startsWith("parameter 'inspection' expects an absolute http(s) IRI"));
    }

    @Test
    void anUnknownQueryIsAnErrorThatListsTheSavedQueries() {
        QueryCatalogue catalogue = QueryCatalogue.bundled();
        var error = assertThrows(UnknownQueryException.class, () -> catalogue.get("colours"));
        assertEquals("no saved query 'colours'; saved queries: " + String.join(", ", catalogue.names()), error.getMessage());
    }

    @Test
    void everyThemeEnumerationListsExactlyTheThemeSchemesConcepts() {
        List<String> concepts = new java.util.ArrayList<>();
        var vocabulary = org.ofstedkg.ontology.OntologyResources.ontologyWithVocabularies();
        vocabulary.listSubjectsWithProperty(org.apache.jena.vocabulary.SKOS.inScheme,
                        vocabulary.createResource("https://w3id.org/ofsted-kg/def/theme"))
                .forEachRemaining(c -> concepts.add(c.getURI().substring(c.getURI().lastIndexOf('/') + 1)));
        int enumerations = 0;
        for (SavedQuery query : QueryCatalogue.bundled().queries()) {
            for (QueryParameter parameter : query.parameters()) {
                if (parameter.name().equals("theme")) {
                    assertEquals(concepts.stream().sorted().toList(), parameter.allowedValues().stream().sorted().toList(),
                            query.name());
                    enumerations++;
                }
            }
        }
        assertEquals(3, enumerations);
    }

    @Test
    void theIssuesQueriesAreAllBundled() {
        // The issue's queries, and those behind the service's charts (grade-distribution, grade-timeline,
        // latest-grades, weak-themes-by-year, weakness-heatmap).
        assertEquals(List.of("authorities", "grade-changes", "grade-distribution", "grade-timeline", "inspections",
                "inspector-overlap", "inspector-portfolio", "judgement-history", "latest-grades", "neighbour-weaknesses",
                "persisting-improvement-areas", "provenance", "recurring-weaknesses", "search-findings",
                "shared-weaknesses", "strengths-to-learn-from", "theme-trend", "weak-themes-by-year", "weakness-heatmap"),
                QueryCatalogue.bundled().names());
    }
}
