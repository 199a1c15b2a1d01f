package org.ofstedkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JSON;
import org.ofstedkg.bench.Bench;
import org.ofstedkg.bench.BenchReport;
import org.ofstedkg.bench.BenchSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kg bench}: measures the load, its growth with size and the queries over HTTP; prints a table, writes JSON. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Measure, in one run: the load of a corpus into a fresh TDB2 database (in a child JVM, whose peak "
                    + "resident memory is read from /proc) beside PDFBox text extraction alone over the same files; "
                    + "the load of the corpus replicated N times; then, with the server on the corpus's database, "
                    + "each saved query's latency beside ASK {}, and the throughput of the query mix with 1, 4 and 16 "
                    + "clients (wrk when installed, otherwise Java HTTP clients). See docs/benchmarks.md.",
            "Takes minutes and all the machine's cores. Exits 2 on a usage error."
        })
final class BenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpus",
            description = "The documents to load (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--gazetteer", paramLabel = "TTL", description = "Extra authorities to install before loading, as for kg load.")
    Path gazetteer;

    @Option(names = "--scale", paramLabel = "N", split = ",", defaultValue = "1",
            description = "Corpus sizes to load, as multiples of the corpus, e.g. 1,4,16 (default: ${DEFAULT-VALUE}).")
    List<Integer> scales;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "Measure the floor and the load of the corpus N times, alternately (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--threads", paramLabel = "N", description = "Reader threads, in the load and the floor alike "
            + "(default: the number of processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--loader-jvm-options", paramLabel = "OPTIONS", defaultValue = "-Xmx768m",
            description = "Options of the loading JVM, space-separated (default: the kg launcher's, ${DEFAULT-VALUE}).")
    String loaderJvmOptions;

    @Option(names = "--work", paramLabel = "DIR", description = "Where the databases go (default: a new temporary folder); "
            + "the corpus's database is kept as DIR/db-scale-1.")
    Path work;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "bench.json",
            description = "The JSON file to write (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "0",
            description = "The server's port while queries are measured (default: any free port).")
    int port;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "50", description = "Timed runs of each query (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warm-up", paramLabel = "N", defaultValue = "5", description = "Untimed runs of each query first (default: ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(names = "--clients", paramLabel = "N", split = ",", defaultValue = "1,4,16",
            description = "Numbers of concurrent clients for the throughput runs (default: ${DEFAULT-VALUE}).")
    List<Integer> clients;

    @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "20",
            description = "How long each throughput run lasts (default: ${DEFAULT-VALUE}).")
    int durationSeconds;

    @Override
    public Integer call() throws Exception {
        if (!Files.exists(corpus)) {
            throw new Kg.UsageProblem(corpus + ": no such file or folder");
        }
        if (gazetteer != null && !Files.isRegularFile(gazetteer)) {
            throw new Kg.UsageProblem(gazetteer + ": no such file");
        }
        BenchSettings settings;
        try {
            settings = new BenchSettings(corpus, gazetteer, scales, repeats, threads,
                    List.of(loaderJvmOptions.strip().split("\\s+")),
                    work != null ? work : Files.createTempDirectory("ofsted-kg-bench"), port, warmUp, runs, clients,
                    Duration.ofSeconds(durationSeconds));
        } catch (IllegalArgumentException e) {
            throw new Kg.UsageProblem(e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        BenchReport report = Bench.run(settings, line -> err.println("bench: " + line));
        PrintWriter outWriter = spec.commandLine().getOut();
        report.table().forEach(outWriter::println);
        try (var json = Files.newOutputStream(out)) {
            JSON.write(json, report.toJson());
        }
        outWriter.println("written " + out + "; databases in " + settings.work());
        return CommandLine.ExitCode.OK;
    }
}
