package org.ofstedkg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.fuseki.main.FusekiServer;
import org.ofstedkg.loader.Loader;
import org.ofstedkg.queries.QueryCatalogue;
import org.ofstedkg.service.KnowledgeGraphServer;
import org.ofstedkg.service.ServiceSettings;

/**
 * One bench run, in the order that keeps the measurements apart: the extraction floor and the load of the corpus
 * (alternately, {@code repeats} times), the loads of the replicated corpus, then, on the database of the corpus
 * loaded once, the server: each saved query's latency beside the {@code ASK {}} floor, and the throughput of the
 * query mix at each number of concurrent clients.
 */
public final class Bench {

    /**
     * How many values a required parameter without a default takes in turn: enough that a latency is not one
     * cached answer's, few enough that each is run several times.
     */
    static final int REPRESENTATIVE_VALUES = 10;

    private Bench() {}

    /** Runs the bench; {@code progress} hears what is being measured, one line at a time. */
    public static BenchReport run(BenchSettings settings, Consumer<String> progress)
            throws IOException, InterruptedException {
        List<Path> files = Loader.FileSelection.of(List.of(settings.corpus())).files();
        if (files.isEmpty()) {
            throw new IllegalArgumentException(settings.corpus() + " holds no document to load");
        }
        Files.createDirectories(settings.work());
        Path corpusDatabase = settings.work().resolve("db-scale-1");
        List<ExtractionFloor.Result> floors = new ArrayList<>();
        List<LoadMeasurement.Result> loads = new ArrayList<>();
        for (int r = 1; r <= settings.repeats(); r++) {
            progress.accept("floor: PDFBox text extraction of " + files.size() + " files (" + r + "/" + settings.repeats() + ")");
            floors.add(ExtractionFloor.measure(files, settings.threads()));
            Path database = r == settings.repeats() ? corpusDatabase : settings.work().resolve("db-repeat-" + r);
            deleteDatabase(database);
            progress.accept("load: " + files.size() + " files into " + database + " (" + r + "/" + settings.repeats() + ")");
            loads.add(load(files, database, settings));
            if (!database.equals(corpusDatabase)) {
                deleteDatabase(database);
            }
        }
        List<BenchReport.ScaledLoad> scaled = new ArrayList<>();
        scaled.add(new BenchReport.ScaledLoad(1, files.size(), loads.get(loads.size() - 1)));
        for (int scale : settings.scales().subList(1, settings.scales().size())) {
            Path replicas = settings.work().resolve("replicas");
            deleteDatabase(replicas);
            List<Path> all = ReplicatedCorpus.of(files, scale, replicas);
            Path database = settings.work().resolve("db-scale-" + scale);
            deleteDatabase(database);
            progress.accept("load: the corpus " + scale + " times, " + all.size() + " files, into " + database);
            scaled.add(new BenchReport.ScaledLoad(scale, all.size(), load(all, database, settings)));
            deleteDatabase(replicas);
        }
        return queries(settings, corpusDatabase, progress, floors, loads, scaled);
    }

    private static BenchReport queries(BenchSettings settings, Path database, Consumer<String> progress,
            List<ExtractionFloor.Result> floors, List<LoadMeasurement.Result> loads, List<BenchReport.ScaledLoad> scaled)
            throws IOException, InterruptedException {
        progress.accept("serve: " + database);
        FusekiServer server = KnowledgeGraphServer.start(ServiceSettings.forDatabase(database).withPort(settings.port()));
        try {
            URI base = URI.create("http://localhost:" + server.getHttpPort() + "/");
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<String> skipped = new ArrayList<>();
            RepresentativeValues values = RepresentativeValues.fromEndpoint(base.resolve("ds/sparql").toString(),
                    REPRESENTATIVE_VALUES);
            List<QueryRequest> saved = QueryRequest.forCatalogue(QueryCatalogue.bundled(), base, client, values, skipped);
            List<QueryLatency.Result> latencies = new ArrayList<>();
            for (List<QueryRequest> requests : byQuery(prepend(QueryRequest.askFloor(), saved))) {
                progress.accept("latency: " + requests.get(0).name() + " (" + requests.size() + " sets of values)");
                latencies.add(QueryLatency.measure(client, base, requests, settings.warmUp(), settings.runs()));
            }
            LoadGenerator generator = LoadGenerator.best();
            List<LoadGenerator.Throughput> throughputs = new ArrayList<>();
            for (int clients : settings.clients()) {
                progress.accept("throughput: " + clients + " client(s) for " + settings.duration().toSeconds() + " s ("
                        + generator.name() + ")");
                throughputs.add(generator.run(base, saved, clients, settings.duration()));
            }
            return new BenchReport(settings, floors, loads, scaled, latencies, skipped, throughputs);
        } finally {
            server.stop();
        }
    }

    private static LoadMeasurement.Result load(List<Path> files, Path database, BenchSettings settings)
            throws IOException, InterruptedException {
        return LoadMeasurement.load(files, database, settings.gazetteer(), settings.threads(), settings.loaderJvmOptions());
    }

    /** The requests grouped by query, in their order. */
    static List<List<QueryRequest>> byQuery(List<QueryRequest> requests) {
        Map<String, List<QueryRequest>> grouped = new LinkedHashMap<>();
        requests.forEach(r -> grouped.computeIfAbsent(r.name(), name -> new ArrayList<>()).add(r));
        return new ArrayList<>(grouped.values());
    }

    private static List<QueryRequest> prepend(QueryRequest first, List<QueryRequest> rest) {
        List<QueryRequest> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** Deletes a folder the bench made (a database, its text index, the replicas), if it is there. */
    private static void deleteDatabase(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var walk = Files.walk(folder)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
