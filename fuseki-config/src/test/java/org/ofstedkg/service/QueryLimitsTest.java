package org.ofstedkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** The limits of a public endpoint: a runaway query is cancelled at the timeout and does not stop the others. */
class QueryLimitsTest {

    private static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    @Test
    void aRunawayQueryIsCancelledWith503WhileOtherQueriesAreAnswered() throws Exception {
        FusekiServer server = KnowledgeGraphServer.start(ServiceSettings.inMemory().withQueryTimeout(Duration.ofSeconds(2)));
        try {
            DatasetGraph dataset = KnowledgeGraphServer.dataset(server);
            Txn.executeWrite(dataset, () -> {
                for (int i = 0; i < 2000; i++) {
                    dataset.add(new Quad(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:s" + i),
                            NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("o" + i)));
                }
            });
            String base = "http://localhost:" + server.getPort() + "/ds/sparql?query=";
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            long started = System.nanoTime();
            CompletableFuture<HttpResponse<String>> runaway = http.sendAsync(HttpRequest.newBuilder(
                    URI.create(base + URLEncoder.encode(RUNAWAY, StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(300);
            HttpResponse<String> quick = http.send(HttpRequest.newBuilder(URI.create(base
                    + URLEncoder.encode("ASK { <urn:s7> ?p ?o }", StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, quick.statusCode());
            assertTrue(quick.body().contains("\"boolean\" : true"), quick.body());
            assertTrue(!runaway.isDone(), "the runaway query should still be running while the other is answered");
            HttpResponse<String> cancelled = runaway.get();
            double seconds = (System.nanoTime() - started) / 1e9;
            assertEquals(503, cancelled.statusCode(), cancelled.body());
            assertTrue(seconds < 10, "cancelled after " + seconds + " s");
        } finally {
            server.stop();
        }
    }
}
