package org.ofstedkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The public SPARQL endpoint, through Jena's RDFConnection and plain HTTP. */
class SparqlEndpointTest {

    private static final String INSPECTIONS = """
            PREFIX ofk: <https://w3id.org/ofsted-kg/def/>
            SELECT ?inspection ?end WHERE {
              ?inspection ofk:inspectedAuthority <https://w3id.org/ofsted-kg/id/authority/9999901> ; ofk:endDate ?end .
            } ORDER BY ?end
            """;

    private static final List<String> BORSETSHIRE_INSPECTIONS = List.of(
            "https://w3id.org/ofsted-kg/id/inspection/9999901/sif/2015-07-30 2015-07-30",
            "https://w3id.org/ofsted-kg/id/inspection/9999901/ilacs/2019-02-15 2019-02-15",
            "https://w3id.org/ofsted-kg/id/inspection/9999901/ilacs/2024-06-21 2024-06-21");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @ParameterizedTest
    @ValueSource(strings = {"json", "xml", "csv", "tsv"})
    void selectOverTheUnionDefaultGraphAnswersInEveryResultFormat(String format) {
        String accept = switch (format) {
            case "json" -> "application/sparql-results+json";
            case "xml" -> "application/sparql-results+xml";
            case "csv" -> "text/csv";
            default -> "text/tab-separated-values";
        };
        try (RDFConnection connection = RDFConnectionRemote.newBuilder()
                .destination(SampleService.base() + "/ds").queryEndpoint("sparql").acceptHeaderSelectQuery(accept).build()) {
            List<String> rows = new ArrayList<>();
            connection.querySelect(INSPECTIONS, row -> rows.add(
                    row.get("inspection").toString() + " " + row.get("end").asLiteral().getLexicalForm()));
            assertEquals(BORSETSHIRE_INSPECTIONS, rows);
        }
    }

    @Test
    void selectByPostAtTheQueryEndpointAnswersTheSame() {
        try (QueryExecutionHTTP execution = QueryExecutionHTTP.service(SampleService.base() + "/ds/query")
                .query(INSPECTIONS).sendMode(QuerySendMode.asPost).build()) {
            ResultSet results = execution.execSelect();
            List<String> rows = new ArrayList<>();
            results.forEachRemaining((QuerySolution row) -> rows.add(
                    row.get("inspection").toString() + " " + row.get("end").asLiteral().getLexicalForm()));
            assertEquals(BORSETSHIRE_INSPECTIONS, rows);
        }
    }

    @Test
    void constructAnswersTurtleThatJenaAndRdf4jBothRead() throws Exception {
        String construct = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> CONSTRUCT { ?a rdfs:label ?l } "
                + "WHERE { VALUES ?a { <" + SampleService.BORSETSHIRE + "> } ?a rdfs:label ?l }";
        try (RDFConnection connection = RDFConnection.queryConnect(SampleService.base() + "/ds/sparql")) {
            Model model = connection.queryConstruct(construct);
            assertEquals(1, model.size());
            assertEquals("Borsetshire", model.listObjects().next().asLiteral().getLexicalForm());
        }
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(SampleService.base()
                + "/ds/sparql?query=" + URLEncoder.encode(construct, StandardCharsets.UTF_8)))
                .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/turtle"));
        assertEquals(1, Rio.parse(new StringReader(response.body()), "", RDFFormat.TURTLE).size());
    }

    @Test
    void aBadQueryIsRefusedWith400AndTheParsersMessage() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(SampleService.base()
                + "/ds/sparql?query=" + URLEncoder.encode("SELECT ?x WHERE { ?x ", StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Encountered"), response.body());
        assertTrue(response.body().contains("line 1"), response.body());
    }

    @Test
    void thePublicServiceRefusesUpdates() throws Exception {
        HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(SampleService.base() + "/ds"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x> <urn:y> <urn:z> }")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, update.statusCode(), update.body());
        // The server closes the connection after refusing the update; a fresh client does not reuse it for the PUT,
        // which the JDK client, unlike a GET, would not retry.
        HttpResponse<String> put = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(URI.create(SampleService.base() + "/ds/get?default"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x> <urn:y> <urn:z> .")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, put.statusCode());
        try (RDFConnection connection = RDFConnection.queryConnect(SampleService.base() + "/ds/sparql")) {
            assertEquals(false, connection.queryAsk("ASK { <urn:x> ?p ?o }"));
        }
    }

    @Test
    void textQueryFindsTheLoadedFindingThatHasAWord() {
        String query = """
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX ofk:  <https://w3id.org/ofsted-kg/def/>
                SELECT ?s ?text WHERE { (?s ?score) text:query (ofk:text "tenacious") . ?s ofk:text ?text }
                """;
        try (RDFConnection connection = RDFConnection.queryConnect(SampleService.base() + "/ds/sparql")) {
            List<String> hits = new ArrayList<>();
            connection.querySelect(query, row -> hits.add(row.get("s") + " " + row.get("text").asLiteral().getString()));
            assertEquals(List.of(org.ofstedkg.ontology.Iris.ID + "document/7f1b9bfb4020ba9e/finding/30 Children who are electively"
                    + " home educated are known to the local authority, and the children missing education team is tenacious"
                    + " in tracking children who are not attending school."), hits);
        }
    }

    @Test
    void theGraphStoreReadEndpointGivesANamedGraph() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(SampleService.base()
                + "/ds/get?graph=" + URLEncoder.encode(org.ofstedkg.ontology.Iris.LOCAL_GAZETTEER_GRAPH, StandardCharsets.UTF_8)))
                .header("Accept", "application/n-triples").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        org.eclipse.rdf4j.model.Model parsed = Rio.parse(new StringReader(response.body()), "", RDFFormat.NTRIPLES);
        assertEquals(org.apache.jena.riot.RDFDataMgr.loadModel(SampleService.SAMPLES.resolve("fictional-authorities.ttl")
                .toString()).size(), parsed.size());
    }
}
