package org.ofstedkg.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load generator that needs nothing installed: one thread per client, each with its own HTTP/1.1 connection
 * pool entry, sending the mix round robin (each client starting at a different request) until the time is up.
 */
public final class HttpClientPool implements LoadGenerator {

    @Override
    public String name() {
        return "java.net.http client pool";
    }

    @Override
    public Throughput run(URI server, List<QueryRequest> mix, int clients, Duration duration) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(java.util.concurrent.Executors.newFixedThreadPool(Math.max(2, clients))).build();
        List<HttpRequest> requests = mix.stream().map(r -> r.toHttp(server)).toList();
        AtomicLong errors = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        for (int c = 0; c < clients; c++) {
            int first = c;
            long[] mine = new long[1 << 20];
            latencies.add(mine);
            Thread thread = new Thread(() -> {
                int done = 0;
                for (int i = first; System.nanoTime() < deadline; i++) {
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = client.send(requests.get(i % requests.size()),
                                HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        } else if (done < mine.length - 1) {
                            mine[++done] = System.nanoTime() - sent;
                        }
                    } catch (java.io.IOException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                mine[0] = done;
            }, "ofsted-kg-bench-client-" + c);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long answered = latencies.stream().mapToLong(l -> l[0]).sum();
        long[] all = new long[(int) answered];
        int at = 0;
        for (long[] l : latencies) {
            System.arraycopy(l, 1, all, at, (int) l[0]);
            at += (int) l[0];
        }
        Latency latency = answered == 0 ? new Latency(0, Double.NaN, Double.NaN, Double.NaN) : Latency.ofNanos(all);
        return new Throughput(name(), clients, seconds, answered, errors.get(), latency.medianMillis(),
                latency.p95Millis());
    }
}
