package org.ofstedkg.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The load generator wrk (Debian's package {@code wrk}), driven by a Lua script that sends the mix round robin and
 * prints wrk's own counts at the end: requests, socket errors (connect, read, write, timeout), non-success
 * answers, and the latency percentiles.
 */
public final class Wrk implements LoadGenerator {

    private static final String RESULT_PREFIX = "ofsted-kg-bench-wrk";

    /** Whether {@code wrk} is on the path. */
    public static boolean isInstalled() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, "wrk"))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String name() {
        return "wrk";
    }

    @Override
    public Throughput run(URI server, List<QueryRequest> mix, int clients, Duration duration)
            throws IOException, InterruptedException {
        Path script = Files.createTempFile("ofsted-kg-bench", ".lua");
        try {
            Files.writeString(script, script(mix), StandardCharsets.UTF_8);
            List<String> command = List.of("wrk", "-t", Integer.toString(Math.min(clients, 2)),
                    "-c", Integer.toString(clients), "-d", duration.toSeconds() + "s", "--timeout", "60s",
                    "-s", script.toString(), server.toString());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IOException("wrk failed: " + output.strip());
            }
            return parse(output, clients);
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /** The counts from wrk's output: the line the script's {@code done} prints. */
    Throughput parse(String output, int clients) throws IOException {
        for (String line : output.split("\n")) {
            if (line.startsWith(RESULT_PREFIX)) {
                String[] f = line.substring(RESULT_PREFIX.length()).strip().split("\\s+");
                long requests = Long.parseLong(f[0]);
                long socketErrors = Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3])
                        + Long.parseLong(f[5]);
                long statusErrors = Long.parseLong(f[4]);
                double seconds = Long.parseLong(f[6]) / 1e6;
                return new Throughput(name(), clients, seconds, requests - statusErrors, socketErrors + statusErrors,
                        Double.parseDouble(f[7]) / 1000, Double.parseDouble(f[8]) / 1000);
            }
        }
        throw new IOException("wrk printed no result: " + output.strip());
    }

    /**
     * A Lua script for wrk: each thread sends the requests in turn, from a different one. The requests are built in
     * {@code init}, once wrk has set the Host header that every request needs.
     */
    static String script(List<QueryRequest> mix) {
        StringBuilder lua = new StringBuilder("""
                local requests = {}
                local function with_host(extra)
                  local headers = {}
                  for k, v in pairs(wrk.headers) do headers[k] = v end
                  for k, v in pairs(extra) do headers[k] = v end
                  return headers
                end
                function init(args)
                """);
        for (QueryRequest request : mix) {
            lua.append("  requests[#requests + 1] = wrk.format(\"").append(request.method()).append("\", \"")
                    .append(request.path()).append("\", with_host({[\"Accept\"] = \"application/sparql-results+json\"");
            if ("POST".equals(request.method())) {
                lua.append(", [\"Content-Type\"] = \"application/x-www-form-urlencoded\"}), \"")
                        .append(request.form()).append("\")\n");
            } else {
                lua.append("}), nil)\n");
            }
        }
        lua.append("end\n");
        lua.append("""
                local counter = 0
                local next_request = 0
                function setup(thread)
                  counter = counter + 1
                  thread:set("next_request", counter)
                end
                function request()
                  next_request = next_request % #requests + 1
                  return requests[next_request]
                end
                function done(summary, latency, requests)
                  local e = summary.errors
                  io.write(string.format("PREFIX %d %d %d %d %d %d %d %f %f\\n", summary.requests, e.connect,
                    e.read, e.write, e.status, e.timeout, summary.duration, latency:percentile(50),
                    latency:percentile(95)))
                end
                """.replace("PREFIX", RESULT_PREFIX));
        return lua.toString();
    }
}
