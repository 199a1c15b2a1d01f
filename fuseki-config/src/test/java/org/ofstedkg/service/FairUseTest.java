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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The public endpoint's fair use: a client that spends its query time for the minute is answered 429 with
 * Retry-After, and one client hammering the endpoint does not slow another (same address, another User-Agent)
 * beyond twice its usual median latency.
 */
class FairUseTest {

    private static final String HEAVY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f }";
    private static final Duration HAMMERING = Duration.ofSeconds(12);
    private static final int TRIALS = 3;

    @Test
    @Timeout(240)
    void aClientOverItsQueryTimeIsAnswered429WithRetryAfterAndOthersKeepTheirLatency() throws Exception {
        FairUseSettings fairUse = FairUseSettings.defaults().withQueryTimePerMinute(Duration.ofSeconds(10));
        FusekiServer server = KnowledgeGraphServer.start(
                ServiceSettings.inMemory().withQueryTimeout(Duration.ofSeconds(2)), fairUse);
        try {
            HostileQueriesTest.fill(KnowledgeGraphServer.dataset(server), 2000);
            String base = "http://localhost:" + server.getPort();
            new Latency(base, "warm-up").measure(50);
            // Latency on a shared machine is noisy: the bound must hold in one of three trials, each printed.
            boolean kept = false;
            for (int trial = 1; trial <= TRIALS && !kept; trial++) {
                kept = trial(base, fairUse, trial);
            }
            assertTrue(kept, "in none of " + TRIALS + " trials did the other client keep its median within 2x");
        } finally {
            server.stop();
        }
    }

    /** One trial: the other client's median before and while the hammer is refused; whether it kept within 2x. */
    private static boolean trial(String base, FairUseSettings fairUse, int trial) throws Exception {
        Latency before = new Latency(base, "analyst").measure(100);

        long until = System.nanoTime() + HAMMERING.toNanos();
        Map<Integer, AtomicInteger> hammerStatuses = new ConcurrentHashMap<>();
        AtomicReference<String> retryAfter = new AtomicReference<>();
        List<Thread> hammers = List.of(hammer(base, until, hammerStatuses, retryAfter),
                hammer(base, until, hammerStatuses, retryAfter));
        // The analyst's figures are taken once the hammer has been over budget for a moment: before, the two
        // share the machine as any two clients do.
        while (!hammerStatuses.containsKey(429) && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        Thread.sleep(500);
        Latency during = new Latency(base, "analyst").measureWhile(() -> System.nanoTime() < until, 100);
        for (Thread hammer : hammers) {
            hammer.join();
        }

        Map<Integer, Integer> statuses = new TreeMap<>();
        hammerStatuses.forEach((status, count) -> statuses.put(status, count.get()));
        System.out.printf("trial %d: hammering client (2 threads, %d s, budget %d s of query time per minute): "
                + "statuses %s, Retry-After %s s%n", trial, HAMMERING.toSeconds(), fairUse.queryTimePerMinute().toSeconds(), statuses,
                retryAfter.get());
        System.out.printf("other client before: %s%nother client while the hammer is refused: %s (%.2fx the median)%n",
                before, during, during.median() / before.median());
        assertTrue(statuses.getOrDefault(429, 0) > 0, "the hammer was never refused: " + statuses);
        assertTrue(Long.parseLong(retryAfter.get()) >= 1, "Retry-After " + retryAfter.get());
        assertEquals(List.of(), during.failures(), "the other client's failed queries");
        return during.median() <= 2 * before.median();
    }

    /** A client that sends heavy queries as fast as it is answered, ignoring Retry-After. */
    private static Thread hammer(String base, long until, Map<Integer, AtomicInteger> statuses, AtomicReference<String> retryAfter) {
        Thread thread = new Thread(() -> {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/ds/sparql?query="
                    + URLEncoder.encode(HEAVY, StandardCharsets.UTF_8))).header("User-Agent", "hammer").build();
            while (System.nanoTime() < until) {
                try {
                    HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                    statuses.computeIfAbsent(answer.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                    answer.headers().firstValue("Retry-After").ifPresent(retryAfter::set);
                } catch (Exception e) {
                    statuses.computeIfAbsent(-1, s -> new AtomicInteger()).incrementAndGet();
                }
            }
        });
        thread.start();
        return thread;
    }
}
