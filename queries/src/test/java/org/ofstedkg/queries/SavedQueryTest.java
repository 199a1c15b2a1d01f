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
}
