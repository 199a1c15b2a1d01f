package org.ofstedkg.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.ofstedkg.queries.QueryCatalogue;
import org.ofstedkg.queries.QueryParameter;
import org.ofstedkg.queries.SavedQuery;

/**
 * One HTTP request that runs a saved query with representative parameters: its header's defaults, a value drawn from
 * the loaded data for each required parameter without one ({@link RepresentativeValues}; several requests per query,
 * one per value, so that a latency is not one cached answer's), optional parameters without a default left unbound.
 * It is a GET of the service's saved-query API ({@code /queries/NAME}) when the
 * server has it, otherwise a POST of the query text to the SPARQL endpoint with the values bound into it, as
 * {@code kg query} binds them (never pasted into the text as strings).
 *
 * @param name the saved query's name, or {@value #ASK_FLOOR} for the trivial query
 * @param method GET or POST
 * @param path the path and query string on the server
 * @param form the form body of a POST (empty for a GET)
 * @param values the parameters' values, by name (empty for the floor)
 */
public record QueryRequest(String name, String method, String path, String form, Map<String, String> values) {

    public QueryRequest {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    /** The name of the floor: {@code ASK {}} on the same endpoint. */
    public static final String ASK_FLOOR = "ASK {}";

    private static final String SPARQL_PATH = "/ds/sparql";

    /** {@code ASK {}} posted to the SPARQL endpoint: what any query costs over HTTP at least. */
    public static QueryRequest askFloor() {
        return sparql(ASK_FLOOR, "ASK {}");
    }

    /**
     * The requests for each saved query of {@code catalogue}, in the catalogue's order: one with the defaults when
     * every required parameter has one, else one per representative value (the i-th request takes each such
     * parameter's i-th value, cycling through shorter lists). They use {@code /queries/NAME} when {@code server}
     * lists its saved queries at {@code /queries}, else the SPARQL endpoint. A query for whose required parameter
     * the data gives no value is listed in {@code skipped}, with the reason. No request is sent ahead of its
     * measurement, so that its first run is the first the server answers.
     */
    public static List<QueryRequest> forCatalogue(QueryCatalogue catalogue, URI server, HttpClient client,
            RepresentativeValues representative, List<String> skipped) {
        List<QueryRequest> requests = new ArrayList<>();
        boolean api = answers(client, server, new QueryRequest("catalogue", "GET", "/queries", "", Map.of()));
        for (SavedQuery query : catalogue.queries()) {
            Map<String, String> defaults = new LinkedHashMap<>();
            Map<String, List<String>> drawn = new LinkedHashMap<>();
            List<String> missing = new ArrayList<>();
            for (QueryParameter parameter : query.parameters()) {
                if (parameter.defaultValue() != null) {
                    defaults.put(parameter.name(), parameter.defaultValue());
                } else if (parameter.required()) {
                    List<String> values = representative.of(parameter);
                    if (values.isEmpty()) {
                        missing.add(parameter.name());
                    }
                    drawn.put(parameter.name(), values);
                }
            }
            if (!missing.isEmpty()) {
                skipped.add(query.name() + " (the data gives no value for " + String.join(", ", missing) + ")");
                continue;
            }
            int variants = drawn.values().stream().mapToInt(List::size).max().orElse(1);
            for (int i = 0; i < variants; i++) {
                Map<String, String> values = new LinkedHashMap<>(defaults);
                for (Map.Entry<String, List<String>> each : drawn.entrySet()) {
                    values.put(each.getKey(), each.getValue().get(i % each.getValue().size()));
                }
                // Never asked ahead of its measurement: its first run is to be the first the server sees.
                requests.add(api ? savedQueryApi(query.name(), values) : sparql(query, values));
            }
        }
        return requests;
    }

    /** The query posted as text to the SPARQL endpoint, its parameters bound to their values. */
    static QueryRequest sparql(SavedQuery query, Map<String, String> values) {
        Query parsed = QueryFactory.create(query.text());
        Map<Var, Node> bindings = new HashMap<>();
        for (QueryParameter parameter : query.parameters()) {
            String value = values.get(parameter.name());
            if (value != null) {
                bindings.put(Var.alloc(parameter.variable()), NodeFactory.createLiteralString(value));
            }
        }
        Query bound = bindings.isEmpty() ? parsed : QueryTransformOps.syntaxSubstitute(parsed, bindings);
        return new QueryRequest(query.name(), "POST", SPARQL_PATH, "query=" + encode(bound.serialize()), values);
    }

    private static QueryRequest sparql(String name, String text) {
        return new QueryRequest(name, "POST", SPARQL_PATH, "query=" + encode(text), Map.of());
    }

    private static QueryRequest savedQueryApi(String name, Map<String, String> values) {
        StringBuilder path = new StringBuilder("/queries/").append(encode(name));
        char separator = '?';
        for (Map.Entry<String, String> value : values.entrySet()) {
            path.append(separator).append(encode(value.getKey())).append('=').append(encode(value.getValue()));
            separator = '&';
        }
        return new QueryRequest(name, "GET", path.toString(), "", values);
    }

    /** Whether the server answers this request with a success (asked once, of its list of saved queries). */
    private static boolean answers(HttpClient client, URI server, QueryRequest request) {
        try {
            return client.send(request.toHttp(server), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** This request to {@code server}, asking for SPARQL JSON results. */
    public HttpRequest toHttp(URI server) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(server.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/sparql-results+json");
        if ("POST".equals(method)) {
            builder.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
        } else {
            builder.GET();
        }
        return builder.build();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
