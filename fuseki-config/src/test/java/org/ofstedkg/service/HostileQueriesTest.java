package org.ofstedkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile requests to the public endpoint: cartesian products, deep property paths, a huge OFFSET, malformed
 * queries, requests of megabytes. Each is answered with an error or cut off at the timeout, and a well-behaved
 * client is answered meanwhile; its latency before and during the attack is printed. (A huge OFFSET is refused by
 * {@link OffsetCap}: ARQ would skip its rows past the timeout and hold every other query's timeout back meanwhile.)
 */
class HostileQueriesTest {

    static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** Time a cut-off answer may take beyond the timeout on a busy two-core machine. */
    private static final Duration GRACE = Duration.ofSeconds(6);

    /** What one hostile request got: its status, the bytes of its answer, and how long it took. */
    record Answer(int status, long bytes, double seconds, boolean cutOff) {}

    @Test
    @Timeout(120)
    void everyHostileRequestIsRefusedOrCutOffAndOtherClientsAreAnsweredMeanwhile() throws Exception {
        FusekiServer server = KnowledgeGraphServer.start(ServiceSettings.inMemory().withQueryTimeout(TIMEOUT));
        try {
            fill(KnowledgeGraphServer.dataset(server), 2000);
            String base = "http://localhost:" + server.getPort();
            Latency before = new Latency(base, "well-behaved").measure(60);

            Map<String, HttpRequest> attacks = new LinkedHashMap<>();
            attacks.put("cartesian product, counted", get(base, "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"));
            attacks.put("cartesian product, streamed", get(base, "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"));
            attacks.put("deep property path", get(base,
                    "SELECT (COUNT(*) AS ?n) { ?s (<urn:next>|^<urn:next>)+/(<urn:next>|^<urn:next>)+ ?o }"));
            attacks.put("huge OFFSET", get(base, "SELECT * { ?a ?b ?c . ?d ?e ?f } OFFSET 1000000000000"));
            attacks.put("huge OFFSET in a sub-query", get(base,
                    "SELECT * { ?x ?y ?z { SELECT ?a { ?a ?b ?c . ?d ?e ?f } OFFSET 1000000000000 } }"));
            attacks.put("OFFSET within the cap", get(base, "SELECT * { ?a ?b ?c . ?d ?e ?f } OFFSET 900000"));
            attacks.put("malformed query", get(base, "SELEKT * WHERE { ?s ?p "));
            attacks.put("5 MB query body", HttpRequest.newBuilder(URI.create(base + "/ds/sparql"))
                    .header("Content-Type", "application/sparql-query").header("User-Agent", "attacker")
                    .POST(HttpRequest.BodyPublishers.ofString("# " + "x".repeat(5 * 1024 * 1024) + "\nASK {}")).build());
            attacks.put("5 MB query body, chunked", HttpRequest.newBuilder(URI.create(base + "/ds/sparql"))
                    .header("Content-Type", "application/sparql-query").header("User-Agent", "attacker")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                            ("# " + "x".repeat(5 * 1024 * 1024) + "\nASK {}").getBytes(StandardCharsets.UTF_8)))).build());
            attacks.put("5 MB form", HttpRequest.newBuilder(URI.create(base + "/ds/sparql"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("User-Agent", "attacker")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode("# " + "x".repeat(5 * 1024 * 1024)
                            + "\nASK {}", StandardCharsets.UTF_8))).build());
            attacks.put("1 MB URL", get(base, "# " + "x".repeat(1024 * 1024) + "\nASK {}"));

            ExecutorService attackers = Executors.newFixedThreadPool(attacks.size());
            Map<String, CompletableFuture<Answer>> answers = new LinkedHashMap<>();
            attacks.forEach((name, request) -> answers.put(name, CompletableFuture.supplyAsync(() -> send(request), attackers)));
            Latency during = new Latency(base, "well-behaved")
                    .measureWhile(() -> answers.values().stream().anyMatch(f -> !f.isDone()), 20);
            attackers.shutdown();

            List<String> wrong = new ArrayList<>();
            System.out.printf("hostile requests (timeout %d s):%n", TIMEOUT.toSeconds());
            for (Map.Entry<String, CompletableFuture<Answer>> entry : answers.entrySet()) {
                Answer answer = entry.getValue().get();
                // A server that refuses an oversized body (413) may close the connection while the client is still
                // sending it; the client then sees the connection closed before any answer: refused all the same.
                boolean closed = answer.status() == 0 && answer.cutOff() && answer.bytes() == 0;
                boolean refused = answer.status() >= 400 || closed;
                boolean cutOff = answer.status() == 200 && answer.cutOff();
                System.out.printf("  %-28s %s%s, %,d bytes, %.1f s%n", entry.getKey(),
                        closed ? "connection closed" : Integer.toString(answer.status()),
                        cutOff ? " cut off" : "", answer.bytes(), answer.seconds());
                if (!(refused || cutOff) || answer.seconds() > TIMEOUT.plus(GRACE).toSeconds()) {
                    wrong.add(entry.getKey() + ": " + answer);
                }
            }
            System.out.printf("well-behaved client before the attack: %s%n", before);
            System.out.printf("well-behaved client during the attack: %s%n", during);
            assertEquals(List.of(), wrong, "hostile requests neither refused nor cut off at the timeout");
            assertEquals(List.of(), during.failures(), "statuses of the well-behaved client's failed queries");
            assertTrue(during.p95() < TIMEOUT.toMillis(), "p95 during the attack: " + during.p95() + " ms");
        } finally {
            server.stop();
        }
    }

    /** Two thousand subjects with a literal each, chained by {@code urn:next}. */
    static void fill(DatasetGraph dataset, int subjects) {
        Txn.executeWrite(dataset, () -> {
            for (int i = 0; i < subjects; i++) {
                var subject = NodeFactory.createURI("urn:s" + i);
                dataset.add(new Quad(NodeFactory.createURI("urn:g"), subject, NodeFactory.createURI("urn:p"),
                        NodeFactory.createLiteralString("o" + i)));
                dataset.add(new Quad(NodeFactory.createURI("urn:g"), subject, NodeFactory.createURI("urn:next"),
                        NodeFactory.createURI("urn:s" + (i + 1))));
            }
        });
    }

    private static HttpRequest get(String base, String query) {
        return HttpRequest.newBuilder(URI.create(base + "/ds/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("User-Agent", "attacker").header("Accept", "application/sparql-results+json").build();
    }

    /**
     * Sends a request and reads its answer to the end; an answer that starts 200 and then breaks off (the stream of
     * a query cancelled at the timeout) is cut off, as is a JSON result set that stops before its closing brace.
     */
    static Answer send(HttpRequest request) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long started = System.nanoTime();
        int status = 0;
        long bytes = 0;
        boolean cutOff = false;
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            status = response.statusCode();
            byte[] buffer = new byte[64 * 1024];
            int last = -1;
            try (InputStream body = response.body()) {
                int n;
                while ((n = body.read(buffer)) > 0) {
                    bytes += n;
                    for (int i = n - 1; i >= 0; i--) {
                        if (!Character.isWhitespace(buffer[i])) {
                            last = buffer[i];
                            break;
                        }
                    }
                }
            } catch (java.io.IOException e) {
                cutOff = true;
            }
            cutOff |= last != '}';
        } catch (java.io.IOException e) {
            cutOff = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Answer(status, bytes, (System.nanoTime() - started) / 1e9, cutOff);
    }
}
