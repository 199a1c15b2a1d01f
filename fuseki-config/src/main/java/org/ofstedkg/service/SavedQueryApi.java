package org.ofstedkg.service;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.ofstedkg.queries.ParameterType;
import org.ofstedkg.queries.QueryCatalogue;
import org.ofstedkg.queries.QueryParameter;
import org.ofstedkg.queries.SavedQuery;

/**
 * The OpenAPI 3.0 description of the saved-query API, generated from the queries' grlc headers: one path per query,
 * each parameter with its type, default, enumeration and whether it is required, and the result formats.
 */
final class SavedQueryApi {

    /** The API's root path on the server. */
    static final String ROOT = "/queries";
    /** The result formats, by the name {@code ?format=} takes, with their media types. */
    static final String[][] FORMATS = {
        {"json", "application/sparql-results+json"}, {"csv", "text/csv"}, {"tsv", "text/tab-separated-values"},
        {"html", "text/html"}};

    private SavedQueryApi() {}

    static JsonObject openApi(QueryCatalogue catalogue, String version) {
        JsonObject document = new JsonObject();
        document.put("openapi", "3.0.3");
        JsonObject info = new JsonObject();
        info.put("title", "ofsted-kg saved queries");
        info.put("version", version);
        info.put("description", "Named, documented SPARQL queries over the knowledge graph of Ofsted's inspections of"
                + " children's services; each is a .rq file with a grlc header.");
        document.put("info", info);
        JsonObject paths = new JsonObject();
        for (SavedQuery query : catalogue.queries()) {
            paths.put(ROOT + "/" + query.name(), path(query));
        }
        document.put("paths", paths);
        return document;
    }

    private static JsonObject path(SavedQuery query) {
        JsonObject get = new JsonObject();
        get.put("operationId", query.name());
        get.put("summary", query.summary());
        get.put("description", query.description());
        JsonArray parameters = new JsonArray();
        query.parameters().forEach(p -> parameters.add(parameter(p)));
        if (query.paginated()) {
            parameters.add(pageParameter(query.pagination()));
        }
        parameters.add(formatParameter());
        get.put("parameters", parameters);
        JsonObject responses = new JsonObject();
        JsonObject ok = new JsonObject();
        ok.put("description", "The rows of the query");
        JsonObject content = new JsonObject();
        for (String[] format : FORMATS) {
            JsonObject media = new JsonObject();
            JsonObject schema = new JsonObject();
            schema.put("type", format[0].equals("json") ? "object" : "string");
            media.put("schema", schema);
            content.put(format[1], media);
        }
        ok.put("content", content);
        if (query.paginated()) {
            JsonObject link = described("RFC 8288 links to the first, previous, next and last pages (rel=\"first\","
                    + " \"prev\", \"next\", \"last\"; prev and next only where there is such a page)");
            JsonObject linkSchema = new JsonObject();
            linkSchema.put("type", "string");
            link.put("schema", linkSchema);
            JsonObject headers = new JsonObject();
            headers.put("Link", link);
            ok.put("headers", headers);
        }
        responses.put("200", ok);
        responses.put("400", described("A parameter value that does not fit its type, an unknown or a missing one"));
        responses.put("503", described("The query ran longer than the server's query timeout"));
        get.put("responses", responses);
        JsonObject path = new JsonObject();
        path.put("get", get);
        return path;
    }

    private static JsonObject parameter(QueryParameter parameter) {
        JsonObject json = new JsonObject();
        json.put("name", parameter.name());
        json.put("in", "query");
        json.put("required", parameter.required());
        json.put("description", parameter.expectation());
        JsonObject schema = new JsonObject();
        ParameterType type = parameter.type();
        switch (type) {
            case INTEGER -> schema.put("type", "integer");
            case DATE -> {
                schema.put("type", "string");
                schema.put("format", "date");
            }
            case YEAR -> {
                schema.put("type", "string");
                schema.put("pattern", "^[0-9]{4}$");
            }
            case IRI -> {
                schema.put("type", "string");
                schema.put("format", "uri");
            }
            case ENUMERATION -> {
                schema.put("type", "string");
                JsonArray values = new JsonArray();
                parameter.allowedValues().forEach(values::add);
                schema.put("enum", values);
            }
            case STRING -> schema.put("type", "string");
        }
        if (parameter.defaultValue() != null) {
            if (type == ParameterType.INTEGER) {
                schema.put("default", Long.parseLong(parameter.defaultValue()));
            } else {
                schema.put("default", parameter.defaultValue());
            }
        }
        json.put("schema", schema);
        return json;
    }

    /** grlc's {@code page} parameter of a query with {@code #+ pagination: N}. */
    private static JsonObject pageParameter(int rowsPerPage) {
        JsonObject json = new JsonObject();
        json.put("name", SavedQueryServlet.PAGE);
        json.put("in", "query");
        json.put("required", false);
        json.put("description", "The page of the answer, " + rowsPerPage + " rows a page; the Link header gives the"
                + " first, previous, next and last pages");
        JsonObject schema = new JsonObject();
        schema.put("type", "integer");
        schema.put("minimum", 1);
        schema.put("default", 1);
        json.put("schema", schema);
        return json;
    }

    private static JsonObject formatParameter() {
        JsonObject json = new JsonObject();
        json.put("name", "format");
        json.put("in", "query");
        json.put("required", false);
        json.put("description", "The result format, instead of the Accept header");
        JsonObject schema = new JsonObject();
        schema.put("type", "string");
        JsonArray values = new JsonArray();
        for (String[] format : FORMATS) {
            values.add(format[0]);
        }
        schema.put("enum", values);
        json.put("schema", schema);
        return json;
    }

    private static JsonObject described(String text) {
        JsonObject json = new JsonObject();
        json.put("description", text);
        return json;
    }
}
