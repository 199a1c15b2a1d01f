package org.ofstedkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;

/** A paginated saved query over HTTP on the sample service: grlc's {@code page} parameter and RFC 8288 links. */
class PaginationApiTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String PATH = "/queries/recurring-weaknesses";

    private static HttpResponse<String> get(String path) throws Exception {
        SampleService.server();
        HttpRequest request = HttpRequest.newBuilder(URI.create(SampleService.base() + path))
                .header("Accept", "application/sparql-results+json").build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static List<String> rows(HttpResponse<String> response) {
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        List<String> rows = new ArrayList<>();
        results.forEachRemaining(row -> rows.add(row.getLiteral("authority_name").getLexicalForm() + " | "
                + row.getLiteral("theme_id").getLexicalForm() + " | " + row.getResource("inspection").getURI()));
        return rows;
    }

    @Test
    void withoutAPageTheFirstPageComesWithLinksToTheFirstAndLastPages() throws Exception {
        HttpResponse<String> first = get(PATH + "?minimum=2");
        assertEquals(200, first.statusCode());
        // The sample service's 59 rows fit on one page, so there is no previous or next page.
        assertEquals(59, rows(first).size());
        assertEquals("<" + PATH + "?minimum=2&page=1>; rel=\"first\", <" + PATH + "?minimum=2&page=1>; rel=\"last\"",
                first.headers().firstValue("Link").orElseThrow());
        assertEquals(rows(first), rows(get(PATH + "?minimum=2&page=1")));
    }

    @Test
    void aPagePastTheLastIsEmptyAndLinksBack() throws Exception {
        HttpResponse<String> second = get(PATH + "?page=2");
        assertEquals(200, second.statusCode());
        assertEquals(List.of(), rows(second));
        assertEquals("<" + PATH + "?page=1>; rel=\"first\", <" + PATH + "?page=1>; rel=\"prev\", <" + PATH
                + "?page=1>; rel=\"last\"", second.headers().firstValue("Link").orElseThrow());
    }

    @Test
    void theHtmlTableLinksTheOtherPagesAndABadPageIs400() throws Exception {
        SampleService.server();
        HttpResponse<String> html = CLIENT.send(HttpRequest.newBuilder(URI.create(SampleService.base() + PATH
                + "?format=html")).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertTrue(html.body().contains("<nav class=\"pages\"><p>Page 1 of 1 (59 rows, 100 a page) · <a rel=\"first\" href=\""
                + PATH + "?format=html&amp;page=1\">first page</a> · <a rel=\"last\" href=\"" + PATH
                + "?format=html&amp;page=1\">last page</a></p></nav>"), html.body());
        HttpResponse<String> bad = get(PATH + "?page=0");
        assertEquals(400, bad.statusCode());
        assertEquals("parameter 'page' expects a whole number from 1; got '0'\n", bad.body());
        HttpResponse<String> notPaginated = get("/queries/inspections?page=2");
        assertEquals(400, notPaginated.statusCode());
        assertEquals("query inspections has no parameter 'page'; its parameters: none\n", notPaginated.body());
    }

    @Test
    void theOpenApiDescriptionListsPageForThePaginatedQueriesOnly() throws Exception {
        JsonObject paths = JSON.parse(get("/queries/openapi.json").body()).get("paths").getAsObject();
        List<String> withPage = new ArrayList<>();
        for (String path : paths.keys()) {
            JsonObject operation = paths.get(path).getAsObject().get("get").getAsObject();
            for (JsonValue parameter : operation.get("parameters").getAsArray()) {
                JsonObject p = parameter.getAsObject();
                if (p.get("name").getAsString().value().equals("page")) {
                    withPage.add(path);
                    assertEquals("integer", p.get("schema").getAsObject().get("type").getAsString().value());
                    assertEquals(1, p.get("schema").getAsObject().get("minimum").getAsNumber().value().intValue());
                    assertTrue(operation.get("responses").getAsObject().get("200").getAsObject().get("headers")
                            .getAsObject().hasKey("Link"), path);
                }
            }
        }
        assertEquals(List.of("/queries/judgement-history", "/queries/persisting-improvement-areas",
                "/queries/recurring-weaknesses", "/queries/strengths-to-learn-from"), withPage.stream().sorted().toList());
    }
}
