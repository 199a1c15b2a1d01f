package org.ofstedkg.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The latency of one saved query over HTTP, one client, one request at a time, its requests (one per set of
 * representative values) sent in turn: warm-up runs first (classes loaded, the database's pages in cache, the JIT at
 * work), then timed runs from sending the request to the last byte of the answer.
 *
 * <p>The server keeps saved queries' answers until the data changes, so the warm runs mostly time answers sent
 * again, not queries evaluated. Each request's first run, before any warm-up, is timed apart: the first time the
 * server has been asked for that answer, it is what the query itself costs (on a server whose caches are cold).
 */
public final class QueryLatency {

    private QueryLatency() {}

    /**
     * One query's measured latency.
     *
     * @param name the query's name
     * @param path where its requests went
     * @param variants the values each request gave and how many rows it answered
     * @param latency the timed runs' latencies (null when every run failed)
     * @param first the latencies of each request's first run, before warm-up: uncached answers (null when every
     *     first run failed)
     * @param errors runs answered with anything but 200, or not at all
     * @param resultBytes the size of the last answer
     */
    public record Result(String name, String path, List<Variant> variants, Latency latency, Latency first, int errors,
            long resultBytes) {

        public Result {
            variants = List.copyOf(variants);
        }
    }

    /**
     * One request of a query.
     *
     * @param values the parameters' values, by name
     * @param rows the rows of its answer (-1 when it had none readable)
     * @param firstMillis how long its first run took, before warm-up (the answer computed, not kept)
     */
    public record Variant(Map<String, String> values, int rows, double firstMillis) {}

    /** Runs {@code request} {@code warmUp} times untimed, then {@code runs} times timed. */
    public static Result measure(HttpClient client, URI server, QueryRequest request, int warmUp, int runs)
            throws InterruptedException {
        return measure(client, server, List.of(request), warmUp, runs);
    }

    /**
     * Runs the requests of one query in turn, {@code warmUp} times untimed (but at least once each, which counts
     * their rows), then {@code runs} times timed.
     */
    public static Result measure(HttpClient client, URI server, List<QueryRequest> requests, int warmUp, int runs)
            throws InterruptedException {
        List<HttpRequest> http = requests.stream().map(r -> r.toHttp(server)).toList();
        List<Variant> variants = new ArrayList<>();
        long[] firstNanos = new long[http.size()];
        int firstOk = 0;
        for (int i = 0; i < http.size(); i++) {
            long started = System.nanoTime();
            HttpResponse<byte[]> response = send(client, http.get(i));
            long elapsed = System.nanoTime() - started;
            if (response != null && response.statusCode() == 200) {
                firstNanos[firstOk++] = elapsed;
            }
            variants.add(new Variant(requests.get(i).values(), rows(response), elapsed / 1e6));
        }
        for (int i = http.size(); i < warmUp; i++) {
            send(client, http.get(i % http.size()));
        }
        long[] nanos = new long[runs];
        int ok = 0;
        int errors = 0;
        long bytes = 0;
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            HttpResponse<byte[]> response = send(client, http.get(i % http.size()));
            long elapsed = System.nanoTime() - started;
            if (response != null && response.statusCode() == 200) {
                nanos[ok++] = elapsed;
                bytes = response.body().length;
            } else {
                errors++;
            }
        }
        Latency latency = ok == 0 ? null : Latency.ofNanos(Arrays.copyOf(nanos, ok));
        QueryRequest first = requests.get(0);
        Latency firstRuns = firstOk == 0 ? null : Latency.ofNanos(Arrays.copyOf(firstNanos, firstOk));
        return new Result(first.name(), first.path().replaceFirst("\\?.*", ""), variants, latency, firstRuns, errors,
                bytes);
    }

    /** The rows of a SPARQL JSON answer: its bindings, or 1 for an ASK; -1 for a failure. */
    private static int rows(HttpResponse<byte[]> response) {
        if (response == null || response.statusCode() != 200) {
            return -1;
        }
        JsonObject json = JSON.parse(new ByteArrayInputStream(response.body()));
        if (json.hasKey("boolean")) {
            return 1;
        }
        return json.get("results").getAsObject().get("bindings").getAsArray().size();
    }

    /** The answer, or null when there was none. */
    static HttpResponse<byte[]> send(HttpClient client, HttpRequest request) throws InterruptedException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            return null;
        }
    }
}
