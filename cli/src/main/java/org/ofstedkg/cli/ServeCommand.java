package org.ofstedkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.ofstedkg.loader.DocumentOutcome;
import org.ofstedkg.loader.LoadSummary;
import org.ofstedkg.loader.Loader;
import org.ofstedkg.loader.store.KnowledgeGraphStore;
import org.ofstedkg.loader.store.NoDatabaseException;
import org.ofstedkg.service.FairUseSettings;
import org.ofstedkg.service.KnowledgeGraphServer;
import org.ofstedkg.service.ServiceSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kg serve}: loads documents if asked, then serves the database over SPARQL and linked data until stopped. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serve a TDB2 database with Fuseki (fuseki-config/config.ttl): the Fuseki UI at /, SPARQL at /ds/sparql, "
                    + "Graph Store read at /ds/get, linked data at /id/... and /doc/..., VoID at /.well-known/void, "
                    + "dumps at /dumps/ofsted-kg.nq.gz and /dumps/ofsted-kg.trig.gz, saved queries at /queries, pictures at "
                    + "/overview and /compare. Loads the given documents first. "
                    + "Runs until stopped (Ctrl-C).",
            "Exits 2 on a usage error (no database and nothing to load, a missing file)."
        })
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "The TDB2 database folder.")
    Path db;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServiceSettings.DEFAULT_PORT,
            description = "The HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--load", paramLabel = "PATH", arity = "1..*",
            description = "Files or folders to load before serving (as kg load).")
    List<Path> load = List.of();

    @Option(names = "--gazetteer", paramLabel = "TTL",
            description = "Extra authorities (Turtle in the gazetteer's shape), as for kg load.")
    Path extraAuthorities;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long one SPARQL query may run before it is cancelled (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--html-row-cap", paramLabel = "ROWS", defaultValue = "" + ServiceSettings.DEFAULT_HTML_ROW_CAP,
            description = "The most rows an HTML page lists per table (default: ${DEFAULT-VALUE}).")
    int htmlRowCap;

    @Option(names = "--admin-password-file", paramLabel = "FILE",
            description = "A password file ('user: password' per line). Only with it, /ds-admin accepts SPARQL Update "
                    + "and Graph Store writes from those users (HTTP Basic: put the server behind HTTPS).")
    Path adminPasswordFile;

    @Option(names = "--" + FairUseSettings.QUERY_TIME_KEY, paramLabel = "SECONDS",
            description = FairUseSettings.QUERY_TIME_DESCRIPTION + " Default: ${DEFAULT-VALUE}.")
    long querySecondsPerMinute = FairUseSettings.DEFAULT_QUERY_TIME_PER_MINUTE.toSeconds();

    @Option(names = "--" + FairUseSettings.MAX_REQUEST_KEY, paramLabel = "BYTES",
            description = FairUseSettings.MAX_REQUEST_DESCRIPTION + " Default: ${DEFAULT-VALUE}.")
    long maxRequestBytes = FairUseSettings.DEFAULT_MAX_REQUEST_BYTES;

    @Option(names = "--" + FairUseSettings.CLIENT_KEY, paramLabel = "KEY",
            description = FairUseSettings.CLIENT_DESCRIPTION + " Default: ${DEFAULT-VALUE}.")
    FairUseSettings.ClientKey fairUseClient = FairUseSettings.DEFAULT_CLIENT;

    @Option(names = "--" + FairUseSettings.MAX_OFFSET_KEY, paramLabel = "ROWS",
            description = FairUseSettings.MAX_OFFSET_DESCRIPTION + " Default: ${DEFAULT-VALUE}.")
    long maxOffset = FairUseSettings.DEFAULT_MAX_OFFSET;

    @Override
    public Integer call() throws Exception {
        for (Path path : load) {
            if (!Files.exists(path)) {
                throw new Kg.UsageProblem(path + ": no such file or folder");
            }
        }
        if (extraAuthorities != null && !Files.isRegularFile(extraAuthorities)) {
            throw new Kg.UsageProblem(extraAuthorities + ": no such file");
        }
        if (adminPasswordFile != null && !Files.isRegularFile(adminPasswordFile)) {
            throw new Kg.UsageProblem(adminPasswordFile + ": no such file");
        }
        if (timeoutSeconds < 1) {
            throw new Kg.UsageProblem("--timeout must be at least 1 second");
        }
        if (querySecondsPerMinute < 1 || maxRequestBytes < 1 || maxOffset < 0) {
            throw new Kg.UsageProblem("--" + FairUseSettings.QUERY_TIME_KEY + " and --" + FairUseSettings.MAX_REQUEST_KEY
                    + " must be positive, --" + FairUseSettings.MAX_OFFSET_KEY + " not negative");
        }
        FairUseSettings fairUse = new FairUseSettings(Duration.ofSeconds(querySecondsPerMinute), maxRequestBytes,
                fairUseClient, maxOffset);
        PrintWriter out = spec.commandLine().getOut();
        if (!load.isEmpty() || extraAuthorities != null) {
            loadFirst(out);
        } else if (!KnowledgeGraphStore.isDatabase(db)) {
            throw new NoDatabaseException(db);
        }
        ServiceSettings settings = ServiceSettings.forDatabase(db).withPort(port)
                .withQueryTimeout(Duration.ofSeconds(timeoutSeconds)).withHtmlRowCap(htmlRowCap);
        if (adminPasswordFile != null) {
            settings = settings.withAdminPasswordFile(adminPasswordFile);
        }
        FusekiServer server = KnowledgeGraphServer.start(settings, fairUse);
        String base = "http://localhost:" + server.getPort();
        out.println("serving " + db + " at " + base + "/");
        out.println("  Fuseki UI           " + base + "/");
        out.println("  SPARQL query        " + base + "/ds/sparql");
        out.println("  Graph Store (read)  " + base + "/ds/get");
        out.println("  linked data         " + base + "/id/authority?name=...  " + base + "/def");
        out.println("  VoID                " + base + "/.well-known/void");
        out.println("  dumps               " + base + "/dumps/ofsted-kg.nq.gz  " + base + "/dumps/ofsted-kg.trig.gz");
        out.println("  pictures            " + base + "/overview  " + base + "/compare?authority=...&authority=...");
        if (adminPasswordFile != null) {
            out.println("  updates (auth)      " + base + "/ds-admin/update  " + base + "/ds-admin/data");
            out.println("  load (auth)         kg load --endpoint " + base + "/ds-admin --user NAME --password-file FILE PATH...");
        }
        out.println("query timeout " + timeoutSeconds + " s; Ctrl-C stops the server");
        out.flush();
        server.join();
        return CommandLine.ExitCode.OK;
    }

    private void loadFirst(PrintWriter out) throws Exception {
        LoadSummary summary = new LoadSummary();
        try (KnowledgeGraphStore store = KnowledgeGraphStore.openOrCreate(db)) {
            if (extraAuthorities != null) {
                store.installLocalAuthorities(extraAuthorities);
            }
            Loader loader = Loader.standard(store);
            loader.loadAll(Loader.files(load), Runtime.getRuntime().availableProcessors(), outcome -> {
                summary.add(outcome);
                if (!outcome.loaded()) {
                    out.println("rejected " + outcome.reason());
                }
            });
        }
        summary.lines().forEach(out::println);
    }
}
