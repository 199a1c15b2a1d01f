package org.ofstedkg.service;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A well-behaved client for the service tests: asks one small query again and again and records how long each
 * answer took and whether it was a success, so that a test can say what other clients did to it.
 */
final class Latency {

    static final String SMALL_QUERY = "ASK { <urn:s7> ?p ?o }";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI uri;
    private final String userAgent;
    private final List<Double> millis = new ArrayList<>();
    private final List<Integer> failures = new ArrayList<>();

    Latency(String base, String userAgent) {
        this.uri = URI.create(base + "/ds/sparql?query=" + URLEncoder.encode(SMALL_QUERY, StandardCharsets.UTF_8));
        this.userAgent = userAgent;
    }

    /** Asks {@code times} times, one after another. */
    Latency measure(int times) throws Exception {
        for (int i = 0; i < times; i++) {
            once();
        }
        return this;
    }

    /** Asks one after another while {@code going} holds, at least {@code atLeast} times. */
    Latency measureWhile(BooleanSupplier going, int atLeast) throws Exception {
        int asked = 0;
        while (going.getAsBoolean() || asked < atLeast) {
            once();
            asked++;
        }
        return this;
    }

    private void once() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri).header("User-Agent", userAgent)
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        millis.add((System.nanoTime() - started) / 1e6);
        if (answer.statusCode() != 200) {
            failures.add(answer.statusCode());
        }
    }

    List<Integer> failures() {
        return failures;
    }

    int count() {
        return millis.size();
    }

    double median() {
        return percentile(0.5);
    }

    double p95() {
        return percentile(0.95);
    }

    private double percentile(double p) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    @Override
    public String toString() {
        return String.format("%d queries, median %.1f ms, p95 %.1f ms", count(), median(), p95());
    }
}
