package org.ofstedkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.ofstedkg.loader.DocumentOutcome;
import org.ofstedkg.loader.LoadSummary;
import org.ofstedkg.loader.Loader;
import org.ofstedkg.loader.store.KnowledgeGraphStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kg load}: reads reports into the database, one named graph per document. */
@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        description = {
            "Load inspection reports, letters and council papers (PDF, text, Markdown, HTML) into a TDB2 database, "
                    + "one named graph per document. Folders are searched recursively. Loading a file again "
                    + "replaces its graph.",
            "Exits 0 when every document loaded, 1 when some were rejected (the others are loaded), 2 on a usage error."
        })
final class LoadCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "The TDB2 database folder (created if missing).")
    Path db;

    @Option(names = "--gazetteer", paramLabel = "TTL",
            description = "Extra authorities (Turtle in the gazetteer's shape), e.g. samples/fictional-authorities.ttl; "
                    + "kept in the database for later loads.")
    Path extraAuthorities;

    @Option(names = "--threads", paramLabel = "N", description = "Threads that read and extract documents "
            + "(default: the number of processors); one more writes them.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--quiet", description = "Print only the summary.")
    boolean quiet;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to load.")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw new Kg.UsageProblem("--threads must be at least 1");
        }
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new Kg.UsageProblem(path + ": no such file or folder");
            }
        }
        if (extraAuthorities != null && !Files.isRegularFile(extraAuthorities)) {
            throw new Kg.UsageProblem(extraAuthorities + ": no such file");
        }
        PrintWriter out = spec.commandLine().getOut();
        Loader.FileSelection selection = Loader.FileSelection.of(paths);
        List<Path> files = selection.files();
        LoadSummary summary = new LoadSummary();
        long started = System.nanoTime();
        try (KnowledgeGraphStore store = KnowledgeGraphStore.openOrCreate(db)) {
            if (extraAuthorities != null) {
                store.installLocalAuthorities(extraAuthorities);
            }
            Loader loader = Loader.standard(store);
            boolean terminal = System.console() != null && !quiet;
            if (terminal) {
                try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Loading").setInitialMax(files.size())
                        .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUnit(" docs", 1).build()) {
                    loader.loadAll(files, threads, outcome -> {
                        bar.setExtraMessage(outcome.file().getFileName().toString());
                        summary.add(outcome);
                        bar.step();
                    });
                }
            } else {
                loader.loadAll(files, threads, outcome -> {
                    summary.add(outcome);
                    if (!quiet) {
                        out.println(outcome.loaded()
                                ? String.format("loaded   %s: %s %s, %,d quads", outcome.file(), outcome.documentKind(),
                                        outcome.inspectionKind(), outcome.quads())
                                : "rejected " + outcome.reason());
                    }
                });
            }
        }
        summary.lines().forEach(out::println);
        List<Path> passedOver = selection.passedOver();
        if (!passedOver.isEmpty()) {
            out.printf("passed over %d file(s) in folders that are not PDF, text, Markdown or HTML: %s%n", passedOver.size(),
                    String.join(", ", passedOver.stream().map(p -> p.getFileName().toString()).limit(10).toList()));
        }
        out.printf("%.1f s%n", (System.nanoTime() - started) / 1e9);
        return summary.rejected().isEmpty() ? CommandLine.ExitCode.OK : 1;
    }
}
