package org.ofstedkg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;

/**
 * The latency of one request over HTTP, one client, one request at a time: warm-up runs first (classes loaded,
 * the database's pages in cache, the JIT at work), then timed runs from sending the request to the last byte of
 * the answer.
 */
public final class QueryLatency {

    private QueryLatency() {}

    /**
     * One request's measured latency.
     *
     * @param name the request's name
     * @param path where it went
     * @param latency the timed runs' latencies (null when every run failed)
     * @param errors runs answered with anything but 200, or not at all
     * @param resultBytes the size of the last answer
     */
    public record Result(String name, String path, Latency latency, int errors, long resultBytes) {}

    /** Runs {@code request} {@code warmUp} times untimed, then {@code runs} times timed. */
    public static Result measure(HttpClient client, URI server, QueryRequest request, int warmUp, int runs)
            throws InterruptedException {
        var http = request.toHttp(server);
        for (int i = 0; i < warmUp; i++) {
            send(client, http);
        }
        long[] nanos = new long[runs];
        int ok = 0;
        int errors = 0;
        long bytes = 0;
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            HttpResponse<byte[]> response = send(client, http);
            long elapsed = System.nanoTime() - started;
            if (response != null && response.statusCode() == 200) {
                nanos[ok++] = elapsed;
                bytes = response.body().length;
            } else {
                errors++;
            }
        }
        Latency latency = ok == 0 ? null : Latency.ofNanos(java.util.Arrays.copyOf(nanos, ok));
        return new Result(request.name(), request.path().replaceFirst("\\?.*", ""), latency, errors, bytes);
    }

    /** The answer, or null when there was none. */
    static HttpResponse<byte[]> send(HttpClient client, java.net.http.HttpRequest request) throws InterruptedException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            return null;
        }
    }
}
