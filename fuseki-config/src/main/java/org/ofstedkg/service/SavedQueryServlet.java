package org.ofstedkg.service;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.ofstedkg.loader.Loader;
import org.ofstedkg.queries.AnswerPage;
import org.ofstedkg.queries.ParameterException;
import org.ofstedkg.queries.QueryCatalogue;
import org.ofstedkg.queries.QueryParameter;
import org.ofstedkg.queries.QueryRun;
import org.ofstedkg.queries.SavedQuery;
import org.ofstedkg.queries.UnknownQueryException;

/**
 * The saved queries over HTTP: {@code /queries} lists them (HTML or JSON by {@code Accept}),
 * {@code /queries/openapi.json} describes them in OpenAPI 3, and {@code /queries/NAME?param=value} runs one on the
 * public dataset, answering SPARQL JSON, CSV, TSV or an HTML table by {@code Accept} or {@code ?format=}. A bad
 * parameter is 400 with the reason, an unknown query 404 with the names there are, and a query that outlives the
 * server's timeout 503. A query with grlc's {@code #+ pagination: N} answers N rows at a time, the page given by
 * {@code ?page=} (the first when not given, as grlc does), with {@code Link} headers to the other pages.
 *
 * <p>Answers change only when data is written, so over a TDB2 database each successful answer is kept in a
 * {@link SavedAnswerCache} for the {@link DataVersion} it was computed at and carries an {@code ETag} naming that
 * version; a request with a matching {@code If-None-Match} is answered 304 without running the query. Over a dataset
 * without a data version (not TDB2) every request runs the query and answers carry no tag.
 */
final class SavedQueryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The parameter that chooses a page of a paginated query, as grlc names it. */
    static final String PAGE = "page";
    /** Room for saved answers: the whole-corpus queries' answers are tens of kilobytes to a few megabytes each. */
    static final long CACHE_BYTES = 64L << 20;
    /** An answer bigger than this is computed afresh each time rather than crowd out many smaller ones. */
    static final long LARGEST_ANSWER_BYTES = 8L << 20;

    private final transient QueryCatalogue catalogue;
    private final String datasetName;
    private final long timeoutMillis;
    private final transient SavedAnswerCache answers;
    /** Tells this server's answer tags from those of an earlier run of it, whose commit counts started afresh. */
    private final String serverStart = Long.toString(System.currentTimeMillis(), 36) + "-"
            + Long.toString(new SecureRandom().nextLong() & Long.MAX_VALUE, 36);

    SavedQueryServlet(QueryCatalogue catalogue, String datasetName, long timeoutMillis) {
        this.catalogue = catalogue;
        this.datasetName = datasetName;
        this.timeoutMillis = timeoutMillis;
        this.answers = new SavedAnswerCache(CACHE_BYTES, LARGEST_ANSWER_BYTES);
    }

    /** Puts the kept answers where a test can count what was found among them: the servlet context. */
    @Override
    public void init() {
        getServletContext().setAttribute(SavedAnswerCache.class.getName(), answers);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        if (path.isEmpty()) {
            list(request, response);
        } else if (path.equals("openapi.json")) {
            send(response, HttpServletResponse.SC_OK, "application/json",
                    JSON.toString(SavedQueryApi.openApi(catalogue, Loader.VERSION)));
        } else {
            run(path, request, response);
        }
    }

    private void list(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (wantsHtml(request)) {
            Html page = Html.page("Saved queries").heading(1, "Saved queries")
                    .paragraph("Run one with its parameters as <code>?name=value</code>; "
                            + Html.link(SavedQueryApi.ROOT + "/openapi.json", "OpenAPI description") + ".")
                    .tableStart("query", "summary", "parameters");
            for (SavedQuery query : catalogue.queries()) {
                StringBuilder parameters = new StringBuilder();
                for (QueryParameter parameter : query.parameters()) {
                    parameters.append("<code>").append(Html.escape(parameter.name())).append("</code>")
                            .append(parameter.required() ? " (required)" : "").append(": ")
                            .append(Html.escape(parameter.expectation())).append("<br>");
                }
                if (query.paginated()) {
                    parameters.append("<code>page</code>: ").append(query.pagination()).append(" rows a page<br>");
                }
                page.row(Html.link(SavedQueryApi.ROOT + "/" + query.name() + "?format=html", query.name()),
                        Html.escape(query.summary()), parameters.toString());
            }
            send(response, HttpServletResponse.SC_OK, "text/html", page.tableEnd().end());
            return;
        }
        JsonArray queries = new JsonArray();
        for (SavedQuery query : catalogue.queries()) {
            JsonObject json = new JsonObject();
            json.put("name", query.name());
            json.put("path", SavedQueryApi.ROOT + "/" + query.name());
            json.put("summary", query.summary());
            json.put("description", query.description());
            JsonArray parameters = new JsonArray();
            for (QueryParameter parameter : query.parameters()) {
                JsonObject p = new JsonObject();
                p.put("name", parameter.name());
                p.put("type", parameter.type().name().toLowerCase(java.util.Locale.ROOT));
                p.put("required", parameter.required());
                p.put("expects", parameter.expectation());
                if (parameter.defaultValue() != null) {
                    p.put("default", parameter.defaultValue());
                }
                parameters.add(p);
            }
            json.put("parameters", parameters);
            if (query.paginated()) {
                json.put("rowsPerPage", query.pagination());
            }
            queries.add(json);
        }
        send(response, HttpServletResponse.SC_OK, "application/json", JSON.toString(queries));
    }

    private void run(String name, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = format(request);
        if (format == null) {
            send(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "text/plain",
                    "answers are json, csv, tsv or html (by Accept or ?format=)\n");
            return;
        }
        // The format may come from Accept, so caches must keep one answer per Accept; and since a load can change any
        // answer at any time, a client may keep one but must ask again (cheaply, with If-None-Match) before using it.
        response.setHeader("Vary", "Accept");
        response.setHeader("Cache-Control", "no-cache");
        SavedAnswerCache.Key key = SavedAnswerCache.Key.of(name, request.getParameterMap(), format);
        DatasetGraph dataset = dataset();
        // One read transaction for the version and the answer, so that the answer is the one of that version.
        dataset.begin(TxnType.READ);
        try {
            DataVersion version = DataVersion.seenBy(dataset);
            SavedAnswer kept = null;
            if (version != null) {
                String tag = AnswerTag.of(serverStart, version, key);
                response.setHeader("ETag", tag);
                if (AnswerTag.matches(request.getHeader("If-None-Match"), tag)) {
                    response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                    return;
                }
                kept = answers.get(key, version);
            }
            if (kept == null) {
                kept = compute(name, format, request, response, dataset);
                if (kept != null && version != null) {
                    answers.put(key, version, kept);
                }
            }
            if (kept != null) {
                answer(response, kept);
            }
        } finally {
            // QueryRun's own transaction joins this one, but ends it when the query fails.
            if (dataset.isInTransaction()) {
                dataset.end();
            }
        }
    }

    private static void answer(HttpServletResponse response, SavedAnswer answer) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        if (answer.link() != null) {
            response.setHeader("Link", answer.link());
        }
        response.setContentType(answer.contentType());
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    /** Runs the query; its answer, or null when it failed and the failure (never kept) has been sent instead. */
    private SavedAnswer compute(String name, String format, HttpServletRequest request, HttpServletResponse response,
            DatasetGraph dataset) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((key, given) -> {
            if (!key.equals("format")) {
                values.put(key, given.length == 0 ? "" : given[0]);
            }
        });
        ResultSetRewindable rows;
        SavedQuery query;
        AnswerPage page = null;
        try {
            query = catalogue.get(name);
            if (query.paginated()) {
                // grlc's convention: a paginated query answers one page, the first unless `page` says otherwise.
                String asked = values.remove(PAGE);
                int number = asked == null ? 1 : QueryRun.pageNumber(asked);
                page = QueryRun.page(query, values, DatasetFactory.wrap(dataset), timeoutMillis, number);
                rows = page.rows();
            } else {
                rows = QueryRun.onDataset(query, values, DatasetFactory.wrap(dataset), timeoutMillis);
            }
        } catch (UnknownQueryException e) {
            fail(response, HttpServletResponse.SC_NOT_FOUND, e.getMessage() + "\n");
            return null;
        } catch (ParameterException e) {
            fail(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage() + "\n");
            return null;
        } catch (QueryCancelledException e) {
            fail(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "query " + name + " ran longer than the server's timeout of " + timeoutMillis + " ms\n");
            return null;
        }
        PageLinks links = page == null ? null : new PageLinks(SavedQueryApi.ROOT + "/" + name, request.getParameterMap(), page);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        switch (format) {
            case "csv" -> ResultSetFormatter.outputAsCSV(body, rows);
            case "tsv" -> ResultSetFormatter.outputAsTSV(body, rows);
            case "html" -> body.writeBytes(table(query, rows, links).getBytes(StandardCharsets.UTF_8));
            default -> ResultSetFormatter.outputAsJSON(body, rows);
        }
        return new SavedAnswer(body.toByteArray(), mediaType(format) + "; charset=utf-8",
                links == null ? null : links.header());
    }

    /** A failure is not an answer: it carries no tag, so no client or cache takes it for the answer of a version. */
    private static void fail(HttpServletResponse response, int status, String message) throws IOException {
        response.setHeader("ETag", null);
        send(response, status, "text/plain", message);
    }

    private static String table(SavedQuery query, ResultSetRewindable rows, PageLinks links) {
        List<String> columns = rows.getResultVars();
        Html page = Html.page(query.name()).heading(1, query.summary()).paragraph(Html.escape(query.description()));
        if (links != null) {
            page.raw(links.navigation());
        }
        page.tableStart(columns.toArray(String[]::new));
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            String[] cells = new String[columns.size()];
            for (int i = 0; i < cells.length; i++) {
                RDFNode value = row.get(columns.get(i));
                cells[i] = value == null ? "" : value.isURIResource()
                        ? Html.link(LinkedDataPaths.localLink(value.asResource().getURI()), value.asResource().getURI())
                        : Html.escape(value.isLiteral() ? value.asLiteral().getLexicalForm() : value.toString());
            }
            page.row(cells);
        }
        page.tableEnd();
        if (links != null) {
            page.raw(links.navigation());
        }
        return page.end();
    }

    /** The format asked for by {@code ?format=}, else by {@code Accept}; JSON when nothing is said; null when none fits. */
    private static String format(HttpServletRequest request) {
        String asked = request.getParameter("format");
        if (asked != null) {
            for (String[] format : SavedQueryApi.FORMATS) {
                if (format[0].equals(asked)) {
                    return asked;
                }
            }
            return null;
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank() || accept.contains("*/*") && !accept.contains("text/html")) {
            return "json";
        }
        for (String[] format : SavedQueryApi.FORMATS) {
            if (accept.contains(format[1])) {
                return format[0];
            }
        }
        return accept.contains("application/json") || accept.contains("*/*") ? "json" : null;
    }

    private static String mediaType(String format) {
        for (String[] known : SavedQueryApi.FORMATS) {
            if (known[0].equals(format)) {
                return known[1];
            }
        }
        throw new IllegalArgumentException(format);
    }

    private static boolean wantsHtml(HttpServletRequest request) {
        String asked = request.getParameter("format");
        if (asked != null) {
            return asked.equals("html");
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }

    private static void send(HttpServletResponse response, int status, String type, String body) throws IOException {
        response.setStatus(status);
        response.setContentType(type + "; charset=utf-8");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    private DatasetGraph dataset() {
        return ServedDatasets.of(getServletContext(), datasetName);
    }
}
