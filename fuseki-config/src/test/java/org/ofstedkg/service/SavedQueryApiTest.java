package org.ofstedkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.Test;
import org.ofstedkg.queries.QueryCatalogue;

/** The saved-query API of the running sample service, read with Java's HttpClient and Jena's result-set parser. */
class SavedQueryApiTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        SampleService.server();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SampleService.base() + path));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static List<String> rows(ResultSet results, String... columns) {
        List<String> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution row = results.next();
            List<String> cells = new ArrayList<>();
            for (String column : columns) {
                cells.add(row.get(column) == null ? "" : row.get(column).isLiteral()
                        ? row.getLiteral(column).getLexicalForm() : row.get(column).toString());
            }
            rows.add(String.join(" | ", cells));
        }
        return rows;
    }

    @Test
    void theListNamesEverySavedQueryAsJsonAndAsAPage() throws Exception {
        HttpResponse<String> json = get("/queries", "application/json");
        assertEquals(200, json.statusCode());
        List<String> names = new ArrayList<>();
        JSON.parseAny(json.body()).getAsArray().forEach(q -> names.add(q.getAsObject().get("name").getAsString().value()));
        assertEquals(QueryCatalogue.bundled().names(), names);

        HttpResponse<String> html = get("/queries", "text/html");
        assertEquals("text/html;charset=utf-8", html.headers().firstValue("Content-Type").orElseThrow()
                .toLowerCase(Locale.ROOT).replace(" ", ""));
        assertTrue(html.body().contains("<a href=\"/queries/recurring-weaknesses?format=html\">recurring-weaknesses</a>"),
                html.body());
    }

    @Test
    void aQueryAnswersSparqlJsonThatJenasParserReads() throws Exception {
        HttpResponse<String> response = get("/queries/judgement-history?authority=Borsetshire",
                "application/sparql-results+json");
        assertEquals(200, response.statusCode());
        assertEquals("application/sparql-results+json; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        List<String> rows = rows(ResultSetMgr.read(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON), "end_date", "area_id", "grade_id");
        assertEquals(16, rows.size());
        assertEquals("2015-07-30 | lscb | inadequate", rows.get(0));
        assertEquals("2024-06-21 | overall-effectiveness | requires-improvement", rows.get(15));
    }

    @Test
    void formatParameterChoosesCsvTsvOrAnHtmlTable() throws Exception {
        HttpResponse<String> csv = get("/queries/grade-changes?authority=9999901&format=csv", null);
        assertEquals(200, csv.statusCode());
        assertEquals("text/csv; charset=utf-8", csv.headers().firstValue("Content-Type").orElseThrow());
        List<String> lines = csv.body().lines().toList();
        assertEquals("authority_urn,authority_name,area_id,before_inspection,before_end_date,before_grade,after_inspection,"
                + "after_end_date,after_grade,change", lines.get(0));
        assertEquals(List.of("9999901,Borsetshire,help-and-protection,requires-improvement,good,rose"),
                lines.subList(1, lines.size()).stream().map(l -> l.split(",")).map(c -> String.join(",", c[0], c[1], c[2],
                        c[5], c[8], c[9])).toList());

        HttpResponse<String> tsv = get("/queries/grade-changes?authority=9999901", "text/tab-separated-values");
        assertEquals(2, tsv.body().lines().count());
        HttpResponse<String> html = get("/queries/grade-changes?authority=9999901", "text/html");
        assertTrue(html.body().contains("<td>rose</td>"), html.body());
    }

    @Test
    void aBadValueIs400WithTheReasonAndAnUnknownQuery404WithTheNames() throws Exception {
        HttpResponse<String> bad = get("/queries/inspector-overlap?minimum=two", null);
        assertEquals(400, bad.statusCode());
        assertEquals("parameter 'minimum' expects a whole number, e.g. 2; got 'two'\n", bad.body());
        HttpResponse<String> unknownParameter = get("/queries/inspector-overlap?colour=red", null);
        assertEquals(400, unknownParameter.statusCode());
        assertEquals("query inspector-overlap has no parameter 'colour'; its parameters: minimum\n", unknownParameter.body());
        HttpResponse<String> missing = get("/queries/no-such-query", null);
        assertEquals(404, missing.statusCode());
        assertEquals("no saved query 'no-such-query'; saved queries: " + String.join(", ", QueryCatalogue.bundled().names())
                + "\n", missing.body());
    }

    @Test
    void theOpenApiDescriptionHasAPathPerQueryWithTypedParameters() throws Exception {
        HttpResponse<String> response = get("/queries/openapi.json", null);
        assertEquals(200, response.statusCode());
        JsonObject api = JSON.parse(response.body());
        assertEquals("3.0.3", api.get("openapi").getAsString().value());
        assertEquals("ofsted-kg saved queries", api.get("info").getAsObject().get("title").getAsString().value());
        JsonObject paths = api.get("paths").getAsObject();
        assertEquals(QueryCatalogue.bundled().names().stream().map(n -> "/queries/" + n).sorted().toList(),
                paths.keys().stream().sorted().toList());
        for (String path : paths.keys()) {
            JsonObject get = paths.get(path).getAsObject().get("get").getAsObject();
            assertTrue(get.hasKey("operationId") && get.hasKey("summary") && get.hasKey("responses"), path);
            for (JsonValue parameter : get.get("parameters").getAsArray()) {
                JsonObject p = parameter.getAsObject();
                assertEquals("query", p.get("in").getAsString().value(), path);
                assertTrue(p.get("schema").getAsObject().hasKey("type"), path);
            }
        }
        JsonObject minimum = parameter(paths, "/queries/recurring-weaknesses", "minimum");
        assertEquals("integer", minimum.get("schema").getAsObject().get("type").getAsString().value());
        assertEquals(2, minimum.get("schema").getAsObject().get("default").getAsNumber().value().intValue());
        assertEquals(false, minimum.get("required").getAsBoolean().value());
        JsonObject inspection = parameter(paths, "/queries/provenance", "inspection");
        assertEquals(true, inspection.get("required").getAsBoolean().value());
        assertEquals("uri", inspection.get("schema").getAsObject().get("format").getAsString().value());
        JsonArray themes = parameter(paths, "/queries/theme-trend", "theme").get("schema").getAsObject().get("enum").getAsArray();
        assertEquals(63, themes.size());
        assertEquals("^[0-9]{4}$", parameter(paths, "/queries/shared-weaknesses", "from").get("schema").getAsObject()
                .get("pattern").getAsString().value());
    }

    private static JsonObject parameter(JsonObject paths, String path, String name) {
        for (JsonValue parameter : paths.get(path).getAsObject().get("get").getAsObject().get("parameters").getAsArray()) {
            if (parameter.getAsObject().get("name").getAsString().value().equals(name)) {
                return parameter.getAsObject();
            }
        }
        throw new AssertionError(path + " has no parameter " + name);
    }

    @Test
    void searchFindingsFindsEveryFindingAndItemThatNamesTheWord() throws Exception {
        HttpResponse<String> response = get("/queries/search-findings?text=" + URLEncoder.encode("fostering",
                StandardCharsets.UTF_8), "application/sparql-results+json");
        assertEquals(200, response.statusCode(), response.body());
        List<String> found = rows(ResultSetMgr.read(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON), "statement").stream().sorted().toList();
        List<String> expected = new ArrayList<>();
        try (var execution = QueryExecutionHTTP.service(SampleService.base() + "/ds/sparql").query("""
                PREFIX ofk: <https://w3id.org/ofsted-kg/def/>
                SELECT DISTINCT ?statement WHERE {
                  ?statement a ?class ; ofk:text ?text ; ofk:statedIn ?document .
                  VALUES ?class { ofk:Finding ofk:ImprovementItem }
                  FILTER (REGEX(?text, "\\\\bfostering\\\\b", "i")) }
                ORDER BY ?statement""").build()) {
            execution.execSelect().forEachRemaining(row -> expected.add(row.getResource("statement").getURI()));
        }
        assertTrue(expected.size() > 0, "the samples name fostering");
        assertEquals(expected.stream().sorted().toList(), found);
    }
}
