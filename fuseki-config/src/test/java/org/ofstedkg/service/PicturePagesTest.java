package org.ofstedkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/**
 * The pictures' pages and what they load, over HTTP on the sample service: a chart's CSV, the bundled chart
 * libraries, the specifications pointing at that CSV, sorting by links, and escaping of what users type.
 */
class PicturePagesTest {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(SampleService.base() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aChartsDataIsTheSavedQuerysCsvWithTheColumnsItsSpecificationReads() throws Exception {
        HttpResponse<String> response = get("/queries/grade-timeline?authority=9999901&format=csv");
        assertEquals(200, response.statusCode());
        assertEquals("text/csv; charset=utf-8", response.headers().firstValue("Content-Type").orElse("").toLowerCase());
        List<String> lines = response.body().lines().toList();
        assertEquals("authority_urn,authority_name,inspection,end_date,year,area_id,area,grade_id,grade,rank", lines.get(0));
        assertEquals(17, lines.size(), response.body());
        assertTrue(lines.contains("9999901,Borsetshire,https://w3id.org/ofsted-kg/id/inspection/9999901/ilacs/2024-06-21,"
                + "2024-06-21,2024,help-and-protection,The experiences and progress of children who need help and protection,"
                + "good,Good,2"), response.body());
    }

    @Test
    void everySpecificationReadsOnlyColumnsItsSavedQueryGives() {
        Map<String, String> queryOfSpec = Map.of("grade-timeline", "grade-timeline", "weakness-heatmap", "weakness-heatmap",
                "neighbour-grades", "latest-grades", "grade-distribution", "grade-distribution",
                "weak-themes-by-year", "weak-themes-by-year");
        for (var chart : queryOfSpec.entrySet()) {
            JsonObject spec = JSON.parse(new Chart("c", chart.getKey(), chart.getValue(), Map.of(), "").specification());
            Set<String> fields = new TreeSet<>();
            fieldsOf(spec, fields);
            List<String> columns = QueryFactory.create(ChartRows.catalogue().find(chart.getValue()).orElseThrow().text())
                    .getResultVars();
            assertFalse(fields.isEmpty(), chart.getKey());
            assertTrue(columns.containsAll(fields), chart.getKey() + " reads " + fields + "; " + chart.getValue()
                    + " gives " + columns);
        }
    }

    private static void fieldsOf(JsonValue value, Set<String> fields) {
        if (value.isObject()) {
            JsonObject object = value.getAsObject();
            for (String key : object.keys()) {
                JsonValue member = object.get(key);
                if (key.equals("field") && member.isString()) {
                    fields.add(member.getAsString().value());
                } else {
                    fieldsOf(member, fields);
                }
            }
        } else if (value.isArray()) {
            value.getAsArray().forEach(item -> fieldsOf(item, fields));
        }
    }

    @Test
    void theChartLibrariesAreServedFromTheJarAndNothingElseIs() throws Exception {
        for (String script : StaticFiles.CHART_SCRIPTS) {
            HttpResponse<String> response = get(script);
            assertEquals(200, response.statusCode(), script);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"), script);
        }
        assertTrue(get("/assets/vega-embed/build/vega-embed.min.js").body().contains("vegaEmbed"));
        assertEquals(404, get("/assets/vega/package.json").statusCode());
        assertEquals(404, get("/assets/../fuseki/config.ttl").statusCode());
    }

    @Test
    void anAuthorityPageCarriesItsChartsEachDrawnFromASavedQuerysCsvWithItsDataLinkAndWords() throws Exception {
        String page = get("/doc/authority/9999901.html").body();
        Matcher specs = Pattern.compile("<script type=\"application/vnd.vegalite\\+json\" data-chart=\"([a-z-]+)\">(.*?)</script>",
                Pattern.DOTALL).matcher(page);
        StringBuilder found = new StringBuilder();
        while (specs.find()) {
            JsonObject spec = JSON.parse(specs.group(2));
            found.append(specs.group(1)).append(" <- ").append(spec.getObj("data").getString("url")).append('\n');
        }
        assertEquals("""
                grade-timeline <- /queries/grade-timeline?authority=9999901&format=csv
                weakness-heatmap <- /queries/weakness-heatmap?authority=9999901&format=csv
                neighbour-grades <- /queries/latest-grades?neighbours=9999901&format=csv
                """, found.toString());
        assertTrue(page.contains("<a href=\"/queries/grade-timeline?authority=9999901&amp;format=csv\">data as CSV</a>"), page);
        assertEquals(3, page.split("<summary>The chart in words</summary>", -1).length - 1, page);
        assertTrue(page.contains("<h3>Recurring weaknesses</h3>"), page);
        assertTrue(page.contains("<script src=\"/assets/vega-embed/build/vega-embed.min.js\"></script>"), page);
    }

    @Test
    void theOverviewSortsItsAuthoritiesByLinksAndRefusesAnUnknownColumn() throws Exception {
        String page = get("/overview?sort=grade").body();
        assertTrue(page.contains("<a href=\"/overview?sort=grade&amp;order=desc\">Latest overall grade</a> ▲"), page);
        assertTrue(page.contains("<a href=\"/overview?sort=name&amp;order=asc\">Authority</a>"), page);
        assertTrue(page.contains("<a href=\"/id/authority/9999901\">Borsetshire</a>"), page);
        assertEquals(400, get("/overview?sort=colour").statusCode());
    }

    @Test
    void theComparePageEscapesWhatTheUserTyped() throws Exception {
        String page = get("/compare?authority=9999901&authority=%3Cscript%3Ealert(1)%3C/script%3E").body();
        assertFalse(page.contains("<script>alert"), page);
        assertTrue(page.contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""), page);
        assertTrue(page.contains("No graded inspection or weakness of '&lt;script&gt;alert(1)&lt;/script&gt;' is in the graph."), page);
        assertTrue(page.contains("<h3>Borsetshire</h3>"), page);
        assertEquals(200, get("/compare").statusCode());
    }
}
