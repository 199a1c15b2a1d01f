package org.ofstedkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.ofstedkg.loader.store.KnowledgeGraphStore;
import org.ofstedkg.queries.AnswerPage;
import org.ofstedkg.queries.ParameterException;
import org.ofstedkg.queries.QueryCatalogue;
import org.ofstedkg.queries.QueryRun;
import org.ofstedkg.queries.SavedQuery;
import org.ofstedkg.queries.UnknownQueryException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kg query}: runs a saved query. */
@Command(
        name = "query",
        mixinStandardHelpOptions = true,
        description = {"Run a saved query (queries/NAME.rq) against a database or a SPARQL endpoint.",
            "List them with --list."})
final class QueryCommand implements Callable<Integer> {

    /** Result formats. */
    enum Format { csv, tsv, json, table }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "The saved query's name.")
    String name;

    @Option(names = "--list", description = "List the saved queries with their summaries and parameters.")
    boolean list;

    @Option(names = "--db", paramLabel = "DIR", description = "The TDB2 database folder.")
    Path db;

    @Option(names = "--endpoint", paramLabel = "URL", description = "A SPARQL endpoint instead of a database.")
    String endpoint;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A parameter of the query; repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--page", paramLabel = "K", description = {"Only page K (from 1) of a query answered by pages"
            + " over HTTP (#+ pagination: N in its header); without it every row is printed."})
    Integer page;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            showDefaultValue = CommandLine.Help.Visibility.ALWAYS, description = "csv, tsv, json or table.")
    Format format;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        QueryCatalogue catalogue = QueryCatalogue.bundled();
        if (list) {
            for (SavedQuery query : catalogue.queries()) {
                out.printf("%-28s %s%n", query.name(), query.summary());
                if (query.paginated()) {
                    out.printf("%-28s   --page K  over HTTP %d rows a page; all rows unless given%n", "", query.pagination());
                }
                query.parameters().forEach(p -> out.printf("%-28s   --param %s=...  %s%s%s%n", "", p.name(),
                        p.required() ? "required; " : "", p.expectation(),
                        p.defaultValue() == null ? "" : "; default " + p.defaultValue()));
            }
            return CommandLine.ExitCode.OK;
        }
        if (name == null) {
            throw new Kg.UsageProblem("give a query NAME or --list; saved queries: " + String.join(", ", catalogue.names()));
        }
        SavedQuery query;
        try {
            query = catalogue.get(name);
        } catch (UnknownQueryException e) {
            throw new Kg.UsageProblem(e.getMessage());
        }
        if ((db == null) == (endpoint == null)) {
            throw new Kg.UsageProblem("give exactly one of --db DIR and --endpoint URL");
        }
        if (page != null && !query.paginated()) {
            throw new Kg.UsageProblem("query " + name + " is answered whole, not by pages: drop --page");
        }
        if (page != null && page < 1) {
            throw new Kg.UsageProblem("--page counts from 1; got " + page);
        }
        ResultSetRewindable results;
        AnswerPage answerPage = null;
        try {
            if (page != null) {
                if (db != null) {
                    try (KnowledgeGraphStore store = KnowledgeGraphStore.openExisting(db)) {
                        answerPage = QueryRun.page(query, params, store.dataset(), 0, page);
                    }
                } else {
                    answerPage = QueryRun.pageOnEndpoint(query, params, endpoint, page);
                }
                results = answerPage.rows();
            } else if (db != null) {
                try (KnowledgeGraphStore store = KnowledgeGraphStore.openExisting(db)) {
                    results = QueryRun.onDataset(query, params, store.dataset());
                }
            } else {
                results = QueryRun.onEndpoint(query, params, endpoint);
            }
        } catch (ParameterException e) {
            throw new Kg.UsageProblem(e.getMessage());
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        switch (format) {
            case csv -> ResultSetFormatter.outputAsCSV(buffer, results);
            case tsv -> ResultSetFormatter.outputAsTSV(buffer, results);
            case json -> ResultSetFormatter.outputAsJSON(buffer, results);
            case table -> ResultSetFormatter.out(buffer, results);
        }
        out.print(buffer.toString(StandardCharsets.UTF_8));
        out.flush();
        if (answerPage != null) {
            // On the error stream, so that the page's CSV, TSV or JSON stays what it says it is.
            PrintWriter err = spec.commandLine().getErr();
            err.printf("page %d of %d (%d rows, %d a page)%n", answerPage.number(), answerPage.lastPage(),
                    answerPage.totalRows(), answerPage.size());
            err.flush();
        }
        return CommandLine.ExitCode.OK;
    }
}
