package org.ofstedkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.ofstedkg.loader.DocumentLimits;
import org.ofstedkg.loader.DocumentOutcome;
import org.ofstedkg.loader.LoadSummary;
import org.ofstedkg.loader.Loader;
import org.ofstedkg.loader.store.DocumentTarget;
import org.ofstedkg.loader.store.EndpointException;
import org.ofstedkg.loader.store.FusekiTarget;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kg load}: reads reports into a local database, or into a running server through its authenticated service,
 * one named graph per document.
 */
@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        description = {
            "Load inspection reports, letters and council papers (PDF, text, Markdown, HTML) into a TDB2 database "
                    + "(--db), or into a running `kg serve` through its authenticated service (--endpoint URL/ds-admin "
                    + "--user NAME, the password from --password-file or the environment variable KG_PASSWORD): the "
                    + "documents are read here and each document's graph is sent to the server. One named graph per "
                    + "document. Folders are searched recursively. Loading a file again replaces its graph.",
            "Exits 0 when every document loaded, 1 when some were rejected (the others are loaded), 2 on a usage error, "
                    + "3 when the server refused the credentials or failed."
        })
final class LoadCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The environment variable that may hold the password for {@code --endpoint}. */
    static final String PASSWORD_VARIABLE = "KG_PASSWORD";
    /** The exit code when the server refuses the credentials or fails. */
    static final int SERVER_REFUSED = 3;

    @Option(names = "--db", paramLabel = "DIR", description = "The TDB2 database folder (created if missing).")
    Path db;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Instead of --db: the authenticated service of a running server, e.g. http://localhost:3030/ds-admin.")
    String endpoint;

    @Option(names = "--user", paramLabel = "NAME", description = "The user of --endpoint (a user of the server's password file).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "A file whose first line is the password of --user (otherwise the environment variable "
                    + PASSWORD_VARIABLE + ").")
    Path passwordFile;

    @Option(names = "--gazetteer", paramLabel = "TTL",
            description = "Extra authorities (Turtle in the gazetteer's shape), e.g. samples/fictional-authorities.ttl; "
                    + "kept in the database for later loads.")
    Path extraAuthorities;

    @Option(names = "--threads", paramLabel = "N", description = "Threads that read and extract documents "
            + "(default: the number of processors); one more writes them.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--" + DocumentLimits.MAX_BYTES_KEY, paramLabel = "BYTES",
            description = DocumentLimits.MAX_BYTES_DESCRIPTION + " Default: ${DEFAULT-VALUE}.")
    long maxDocumentBytes = DocumentLimits.DEFAULT_MAX_BYTES;

    @Option(names = "--" + DocumentLimits.MAX_TIME_KEY, paramLabel = "SECONDS",
            description = DocumentLimits.MAX_TIME_DESCRIPTION + " Default: ${DEFAULT-VALUE}.")
    double maxDocumentSeconds = DocumentLimits.DEFAULT_MAX_TIME.toMillis() / 1000.0;

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
        if (maxDocumentBytes < 1 || maxDocumentSeconds <= 0) {
            throw new Kg.UsageProblem("--" + DocumentLimits.MAX_BYTES_KEY + " and --" + DocumentLimits.MAX_TIME_KEY
                    + " must be positive");
        }
        DocumentLimits limits = new DocumentLimits(maxDocumentBytes,
                java.time.Duration.ofMillis(Math.round(maxDocumentSeconds * 1000)));
        if (extraAuthorities != null && !Files.isRegularFile(extraAuthorities)) {
            throw new Kg.UsageProblem(extraAuthorities + ": no such file");
        }
        DocumentTargets.Opened opened = openTarget();
        PrintWriter out = spec.commandLine().getOut();
        Loader.FileSelection selection = Loader.FileSelection.of(paths);
        List<Path> files = selection.files();
        LoadSummary summary = new LoadSummary();
        long started = System.nanoTime();
        Loader loader;
        try (opened) {
            DocumentTarget target = opened.target();
            if (extraAuthorities != null) {
                target.installLocalAuthorities(extraAuthorities);
            }
            loader = Loader.standard(target).withLimits(limits);
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
        } catch (EndpointException e) {
            spec.commandLine().getErr().println("kg load: " + e.getMessage() + interruption(summary));
            return SERVER_REFUSED;
        }
        summary.lines().forEach(out::println);
        out.println(loader.naming());
        List<Path> passedOver = selection.passedOver();
        if (!passedOver.isEmpty()) {
            out.printf("passed over %d file(s) in folders that are not PDF, text, Markdown or HTML: %s%n", passedOver.size(),
                    String.join(", ", passedOver.stream().map(p -> p.getFileName().toString()).limit(10).toList()));
        }
        out.printf("%.1f s%n", (System.nanoTime() - started) / 1e9);
        return summary.rejected().isEmpty() ? CommandLine.ExitCode.OK : 1;
    }

    /**
     * What a load that the server failed partway leaves, and what to do: the documents it sent are kept (each was
     * one transaction), the derived facts are marked outdated, and the same load run again completes it.
     */
    static String interruption(LoadSummary summary) {
        if (summary.outcomes().isEmpty()) {
            return "";
        }
        return String.format("; the load stopped after %d of its files: the %d document(s) already sent are kept and"
                + " the derived facts are marked outdated (prov:invalidatedAtTime on %s); re-run the same kg load to"
                + " complete it", summary.outcomes().size(), summary.loadedCount(),
                org.ofstedkg.ontology.Iris.DERIVED_GRAPH);
    }

    /** The database of --db, or the server of --endpoint with the user's credentials. */
    private DocumentTargets.Opened openTarget() throws Exception {
        if ((db == null) == (endpoint == null)) {
            throw new Kg.UsageProblem("give either --db DIR or --endpoint URL");
        }
        if (db != null) {
            if (user != null || passwordFile != null) {
                throw new Kg.UsageProblem("--user and --password-file go with --endpoint, not --db");
            }
            return DocumentTargets.database(db);
        }
        if (user == null) {
            throw new Kg.UsageProblem("--endpoint needs --user NAME");
        }
        try {
            return DocumentTargets.server(endpoint, new FusekiTarget.Credentials(user, password()));
        } catch (IllegalArgumentException e) {
            throw new Kg.UsageProblem(e.getMessage());
        }
    }

    /** The password: the first line of --password-file, else the environment variable; never printed. */
    private String password() throws Exception {
        if (passwordFile != null) {
            if (!Files.isRegularFile(passwordFile)) {
                throw new Kg.UsageProblem(passwordFile + ": no such file");
            }
            String password = Files.readAllLines(passwordFile).stream().findFirst().orElse("").strip();
            if (password.isEmpty()) {
                throw new Kg.UsageProblem(passwordFile + " holds no password on its first line");
            }
            return password;
        }
        String password = System.getenv(PASSWORD_VARIABLE);
        if (password == null || password.isEmpty()) {
            throw new Kg.UsageProblem("--endpoint needs a password: --password-file FILE or the environment variable "
                    + PASSWORD_VARIABLE);
        }
        return password;
    }
}
