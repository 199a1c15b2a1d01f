package org.ofstedkg.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
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
 */
record Chart(String id, String spec, String query, Map<String, String> parameters, String title) {

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
                + "<div id=\"" + Html.escape(id) + "\" class=\"chart-view\" role=\"img\" aria-label=\""
                + Html.escape(title) + "\"></div>\n"
                + "<script type=\"application/vnd.vegalite+json\" data-chart=\"" + Html.escape(id) + "\">" + json
                + "</script>\n<details><summary>The chart in words</summary>\n" + textAlternative + "</details>\n"
                + "</figure>\n";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
