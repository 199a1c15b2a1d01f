package org.ofstedkg.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * One chart of a page: a Vega-Lite specification (a resource {@code ofsted-kg/charts/SPEC.vl.json}, data, not
 * code) drawn in the browser by vega-embed from the CSV of a saved query, which is also the chart's "data" link.
 *
 * @param id the element id on its page
 * @param spec the specification's name
 * @param query the saved query the chart draws
 * @param parameters the query's parameters
 * @param title what the chart shows, in words
 * @param years the first and last year its time axis spans, or empty for the span of its data: charts set side
 *     by side share one span, and a single inspection still gets an axis
 */
record Chart(String id, String spec, String query, Map<String, String> parameters, String title, List<Integer> years) {

    Chart {
        years = List.copyOf(years);
    }

    /** A chart whose time axis spans its data. */
    Chart(String id, String spec, String query, Map<String, String> parameters, String title) {
        this(id, spec, query, parameters, title, List.of());
    }

    /** Where the specifications sit on the class path. */
    static final String FOLDER = "ofsted-kg/charts/";

    /** The server path of the query's CSV. */
    String dataPath() {
        return dataPath(query, parameters);
    }

    /** The server path of a saved query's CSV, with these parameters. */
    static String dataPath(String name, Map<String, String> parameters) {
        String query = parameters.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return SavedQueryApi.ROOT + "/" + name + "?" + (query.isEmpty() ? "" : query + "&") + "format=csv";
    }

    /** The specification with its data pointed at {@link #dataPath()}. */
    String specification() {
        String resource = FOLDER + spec + ".vl.json";
        try (InputStream in = Chart.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            JsonObject specification = JSON.parse(in);
            JsonObject data = new JsonObject();
            data.put("url", dataPath());
            JsonObject format = new JsonObject();
            format.put("type", "csv");
            data.put("format", format);
            specification.put("data", data);
            if (years.size() == 2) {
                JsonObject x = specification.getObj("encoding").getObj("x");
                JsonObject scale = x.hasKey("scale") ? x.getObj("scale") : new JsonObject();
                JsonArray domain = new JsonArray();
                domain.add(dateTime(years.get(0), 1, 1));
                domain.add(dateTime(years.get(1), 12, 31));
                scale.put("domain", domain);
                x.put("scale", scale);
            }
            return specification.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * The chart as HTML: a figure holding the specification for the page's script, its title, the link to its
     * data, and the text alternative (already HTML), readable without JavaScript.
     */
    String html(String textAlternative) {
        // "</" cannot close the script element when written "<\/" (still the same JSON string).
        String json = specification().replace("</", "<\\/");
        return "<figure class=\"chart\">\n<figcaption>" + Html.escape(title) + " ("
                + Html.link(dataPath(), "data as CSV") + ")</figcaption>\n"
                // vega-embed makes its element an inline block as wide as the chart; the outer block scrolls instead.
                + "<div class=\"chart-scroll\"><div id=\"" + Html.escape(id) + "\" class=\"chart-view\" role=\"img\""
                + " aria-label=\"" + Html.escape(title) + "\"></div></div>\n"
                + "<script type=\"application/vnd.vegalite+json\" data-chart=\"" + Html.escape(id) + "\">" + json
                + "</script>\n<details><summary>The chart in words</summary>\n" + textAlternative + "</details>\n"
                + "</figure>\n";
    }

    private static JsonObject dateTime(int year, int month, int date) {
        JsonObject dateTime = new JsonObject();
        dateTime.put("year", year);
        dateTime.put("month", month);
        dateTime.put("date", date);
        return dateTime;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
