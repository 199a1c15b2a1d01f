package org.ofstedkg.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * What a bench run measured, as a table for people and as JSON for tools (keys as in {@link #toJson}).
 *
 * @param settings what was asked for
 * @param floors the extraction floor, each repeat
 * @param loads the load of the corpus, each repeat
 * @param scaled the load at each scale (scale 1 is the last repeat)
 * @param latencies the {@code ASK {}} floor first, then each saved query
 * @param skipped saved queries not measured, with the reason
 * @param throughputs the query mix at each number of clients
 */
public record BenchReport(BenchSettings settings, List<ExtractionFloor.Result> floors,
        List<LoadMeasurement.Result> loads, List<ScaledLoad> scaled, List<QueryLatency.Result> latencies,
        List<String> skipped, List<LoadGenerator.Throughput> throughputs) {

    /**
     * The load at one scale.
     *
     * @param scale the corpus's multiple
     * @param files the files given to the loader
     * @param load what the load measured
     */
    public record ScaledLoad(int scale, int files, LoadMeasurement.Result load) {}

    private static final double MIB = 1024.0 * 1024.0;

    /** The median load time over the median floor time, the figure the target (at most 1.5) is about. */
    public double loadOverFloor() {
        return median(loads.stream().mapToDouble(LoadMeasurement.Result::seconds).toArray())
                / median(floors.stream().mapToDouble(ExtractionFloor.Result::seconds).toArray());
    }

    /**
     * The median processor time of the loads over that of the floors: the same comparison as
     * {@link #loadOverFloor()} in work done rather than time waited, which other work on the machine does not skew.
     */
    public double loadOverFloorProcessor() {
        return median(loads.stream().mapToDouble(LoadMeasurement.Result::processorSeconds).toArray())
                / median(floors.stream().mapToDouble(ExtractionFloor.Result::processorSeconds).toArray());
    }

    /** The median of a few values (the mean of the middle two for an even count). */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The report as JSON. */
    public JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.put("date", Instant.now().toString());
        JsonObject machine = new JsonObject();
        machine.put("processors", Runtime.getRuntime().availableProcessors());
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        json.put("machine", machine);
        JsonObject asked = new JsonObject();
        asked.put("corpus", settings.corpus().toAbsolutePath().toString());
        asked.put("threads", settings.threads());
        asked.put("repeats", settings.repeats());
        asked.put("loaderJvmOptions", String.join(" ", settings.loaderJvmOptions()));
        asked.put("warmUp", settings.warmUp());
        asked.put("runs", settings.runs());
        asked.put("durationSeconds", settings.duration().toSeconds());
        json.put("settings", asked);

        JsonObject load = new JsonObject();
        JsonArray floorRuns = new JsonArray();
        floors.forEach(f -> floorRuns.add(floorJson(f)));
        load.put("floor", floorRuns);
        JsonArray loadRuns = new JsonArray();
        ExtractionFloor.Result pages = floors.get(0);
        loads.forEach(l -> loadRuns.add(loadJson(l, pages.pages())));
        load.put("runs", loadRuns);
        load.put("loadOverFloor", Decimals.of(loadOverFloor()));
        load.put("loadOverFloorProcessor", Decimals.of(loadOverFloorProcessor()));
        json.put("load", load);

        JsonArray scales = new JsonArray();
        for (ScaledLoad s : scaled) {
            JsonObject one = loadJson(s.load(), pages.pages() * s.scale());
            one.put("scale", s.scale());
            one.put("files", s.files());
            scales.add(one);
        }
        json.put("scales", scales);

        JsonObject queries = new JsonObject();
        JsonArray latencyRows = new JsonArray();
        for (QueryLatency.Result r : latencies) {
            JsonObject one = new JsonObject();
            one.put("name", r.name());
            one.put("path", r.path());
            one.put("runs", r.latency() == null ? 0 : r.latency().runs());
            one.put("errors", r.errors());
            one.put("resultBytes", r.resultBytes());
            JsonArray variants = new JsonArray();
            for (QueryLatency.Variant v : r.variants()) {
                JsonObject variant = new JsonObject();
                JsonObject values = new JsonObject();
                v.values().forEach(values::put);
                variant.put("parameters", values);
                variant.put("rows", v.rows());
                variant.put("firstMillis", Decimals.of(v.firstMillis()));
                variants.add(variant);
            }
            one.put("requests", variants);
            if (r.latency() != null) {
                one.put("medianMillis", Decimals.of(r.latency().medianMillis()));
                one.put("p95Millis", Decimals.of(r.latency().p95Millis()));
                one.put("maxMillis", Decimals.of(r.latency().maxMillis()));
            }
            if (r.first() != null) {
                // Beside the warm figures, which are mostly answers the server kept: the first, computed ones.
                one.put("firstMedianMillis", Decimals.of(r.first().medianMillis()));
                one.put("firstMaxMillis", Decimals.of(r.first().maxMillis()));
            }
            latencyRows.add(one);
        }
        queries.put("latency", latencyRows);
        JsonArray skippedNames = new JsonArray();
        skipped.forEach(skippedNames::add);
        queries.put("skipped", skippedNames);
        JsonArray throughputRows = new JsonArray();
        for (LoadGenerator.Throughput t : throughputs) {
            JsonObject one = new JsonObject();
            one.put("generator", t.generator());
            one.put("clients", t.clients());
            one.put("seconds", Decimals.of(t.seconds()));
            one.put("requests", t.requests());
            one.put("errors", t.errors());
            one.put("requestsPerSecond", Decimals.of(t.requestsPerSecond()));
            one.put("medianMillis", Decimals.of(t.medianMillis()));
            one.put("p95Millis", Decimals.of(t.p95Millis()));
            throughputRows.add(one);
        }
        queries.put("throughput", throughputRows);
        json.put("queries", queries);
        return json;
    }

    private static JsonObject floorJson(ExtractionFloor.Result f) {
        JsonObject one = new JsonObject();
        one.put("documents", f.documents());
        one.put("unreadable", f.unreadable());
        one.put("pages", f.pages());
        one.put("seconds", Decimals.of(f.seconds()));
        one.put("processorSeconds", Decimals.of(f.processorSeconds()));
        one.put("documentsPerSecond", Decimals.of(f.documents() / f.seconds()));
        one.put("pagesPerSecond", Decimals.of(f.pages() / f.seconds()));
        return one;
    }

    private static JsonObject loadJson(LoadMeasurement.Result l, long pages) {
        JsonObject one = new JsonObject();
        one.put("documentsLoaded", l.documentsLoaded());
        one.put("documentsRejected", l.documentsRejected());
        one.put("quadsWritten", l.quadsWritten());
        one.put("seconds", Decimals.of(l.seconds()));
        one.put("derivedFactsSeconds", Decimals.of(l.derivedFactsSeconds()));
        one.put("processorSeconds", Decimals.of(l.processorSeconds()));
        one.put("documentsPerSecond", Decimals.of(l.documentsLoaded() / l.seconds()));
        one.put("pagesPerSecond", Decimals.of(pages / l.seconds()));
        one.put("quadsPerSecond", Decimals.of(l.quadsWritten() / l.seconds()));
        one.put("peakResidentBytes", l.peakResidentBytes());
        one.put("peakAnonymousBytes", l.peakAnonymousBytes());
        one.put("databaseBytes", l.databaseBytes());
        return one;
    }

    /** The report as a plain-text table. */
    public List<String> table() {
        List<String> lines = new ArrayList<>();
        long pages = floors.get(0).pages();
        lines.add("load (" + settings.threads() + " reader threads, loader JVM " + String.join(" ", settings.loaderJvmOptions()) + ")");
        lines.add(f("  %-18s %8s %8s %8s %9s %10s %10s %10s %9s", "run", "seconds", "CPU s", "docs/s", "pages/s",
                "quads/s", "peak RSS", "peak anon", "derived"));
        for (int i = 0; i < floors.size(); i++) {
            ExtractionFloor.Result fl = floors.get(i);
            lines.add(f("  %-18s %8.1f %8.1f %8.1f %9.1f %10s %10s %10s %9s", "floor (PDFBox) " + (i + 1), fl.seconds(),
                    fl.processorSeconds(), fl.documents() / fl.seconds(), fl.pages() / fl.seconds(), "", "", "", ""));
            LoadMeasurement.Result l = loads.get(i);
            lines.add(f("  %-18s %8.1f %8.1f %8.1f %9.1f %10.0f %6.0f MiB %6.0f MiB %7.1f s", "load " + (i + 1),
                    l.seconds(), l.processorSeconds(), l.documentsLoaded() / l.seconds(), pages / l.seconds(),
                    l.quadsWritten() / l.seconds(), l.peakResidentBytes() / MIB, l.peakAnonymousBytes() / MIB,
                    l.derivedFactsSeconds()));
        }
        lines.add(f("  load / floor (medians): %.2f wall-clock, %.2f CPU (user + system)", loadOverFloor(),
                loadOverFloorProcessor()));
        lines.add("  peak RSS = VmHWM, counting the touched pages of TDB2's memory-mapped files (page cache);");
        lines.add("  peak anon = highest RssAnon polled every " + LoadMeasurement.POLL_MILLIS
                + " ms: the process's own memory (heap, stacks, native)");
        lines.add("");
        lines.add("growth with size (the corpus replicated; see ReplicatedCorpus)");
        lines.add(f("  %-6s %7s %12s %8s %10s %8s %10s %10s %10s %10s", "scale", "files", "quads", "seconds",
                "s / scale", "CPU s", "CPU/scale", "peak RSS", "peak anon", "database"));
        for (ScaledLoad s : scaled) {
            LoadMeasurement.Result l = s.load();
            lines.add(f("  %-6d %7d %,12d %8.1f %10.1f %8.1f %10.1f %6.0f MiB %6.0f MiB %6.0f MiB", s.scale(), s.files(),
                    l.quadsWritten(), l.seconds(), l.seconds() / s.scale(), l.processorSeconds(),
                    l.processorSeconds() / s.scale(), l.peakResidentBytes() / MIB, l.peakAnonymousBytes() / MIB,
                    l.databaseBytes() / MIB));
        }
        lines.add("");
        lines.add("query latency over HTTP (" + settings.warmUp() + " warm-up, " + settings.runs() + " timed runs each)");
        lines.add("  (warm runs are mostly answers the server kept since the data last changed; \"1st\" is each request's"
                + " first run, computed)");
        lines.add(f("  %-28s %10s %10s %8s %11s %11s %7s %8s %11s", "query", "median ms", "p95 ms", "p95/ASK",
                "1st med ms", "1st max ms", "errors", "bytes", "rows"));
        double askP95 = latencies.get(0).latency() == null ? Double.NaN : latencies.get(0).latency().p95Millis();
        for (QueryLatency.Result r : latencies) {
            String rows = rowRange(r.variants());
            if (r.latency() == null) {
                lines.add(f("  %-28s %10s %10s %8s %11s %11s %7d %8s %11s", r.name(), "-", "-", "-", "-", "-",
                        r.errors(), "-", rows));
            } else {
                lines.add(f("  %-28s %10.1f %10.1f %8.1f %11s %11s %7d %8d %11s", r.name(),
                        r.latency().medianMillis(), r.latency().p95Millis(), r.latency().p95Millis() / askP95,
                        r.first() == null ? "-" : f("%.1f", r.first().medianMillis()),
                        r.first() == null ? "-" : f("%.1f", r.first().maxMillis()), r.errors(), r.resultBytes(), rows));
            }
            String values = parameterValues(r.variants());
            if (!values.isEmpty()) {
                lines.add("      " + values);
            }
        }
        skipped.forEach(s -> lines.add("  not measured: " + s));
        lines.add("");
        lines.add("throughput of the saved-query mix (" + settings.duration().toSeconds() + " s each)");
        lines.add(f("  %-8s %10s %8s %10s %10s %s", "clients", "requests/s", "errors", "median ms", "p95 ms", "generator"));
        for (LoadGenerator.Throughput t : throughputs) {
            lines.add(f("  %-8d %10.1f %8d %10.1f %10.1f %s", t.clients(), t.requestsPerSecond(), t.errors(),
                    t.medianMillis(), t.p95Millis(), t.generator()));
        }
        return lines;
    }

    /** The fewest and most rows of a query's answers, or their one count. */
    private static String rowRange(List<QueryLatency.Variant> variants) {
        int fewest = variants.stream().mapToInt(QueryLatency.Variant::rows).min().orElse(-1);
        int most = variants.stream().mapToInt(QueryLatency.Variant::rows).max().orElse(-1);
        return fewest == most ? String.valueOf(most) : fewest + "-" + most;
    }

    /** Each parameter with the values it took in turn: {@code authority = Kent | Leeds}. */
    private static String parameterValues(List<QueryLatency.Variant> variants) {
        java.util.Map<String, java.util.LinkedHashSet<String>> values = new java.util.LinkedHashMap<>();
        variants.forEach(v -> v.values().forEach((name, value) ->
                values.computeIfAbsent(name, n -> new java.util.LinkedHashSet<>()).add(value)));
        List<String> parts = new ArrayList<>();
        values.forEach((name, taken) -> parts.add(name + " = " + String.join(" | ", taken)));
        return String.join("; ", parts);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
