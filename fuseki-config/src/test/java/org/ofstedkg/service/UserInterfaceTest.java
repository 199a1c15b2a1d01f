package org.ofstedkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * The Fuseki UI of {@code kg serve}: the app at {@code /}, the read-only admin paths it asks for, and no admin
 * operation that changes data or the server.
 */
class UserInterfaceTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(SampleService.base() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> datasetNames(JsonObject json) {
        return json.get("datasets").getAsArray().stream()
                .map(d -> d.getAsObject().get("ds.name").getAsString().value()).sorted().toList();
    }

    @Test
    void theUiAppIsServedAtTheRootWithItsScripts() throws Exception {
        HttpResponse<String> page = send("GET", "/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("<title>Apache Jena Fuseki UI</title>"), page.body());
        Matcher script = Pattern.compile("src=\"\\./(static/index-[^\"]+\\.js)\"").matcher(page.body());
        assertTrue(script.find(), page.body());
        HttpResponse<String> app = send("GET", "/" + script.group(1));
        assertEquals(200, app.statusCode());
        assertTrue(app.headers().firstValue("Content-Type").orElse("").contains("javascript"));
    }

    @Test
    void theUiFindsTheDatasetDsAndTheServerAlive() throws Exception {
        HttpResponse<String> datasets = send("GET", "/$/datasets");
        assertEquals(200, datasets.statusCode());
        assertEquals(List.of("/ds"), datasetNames(JSON.parse(datasets.body())));
        HttpResponse<String> server = send("GET", "/$/server");
        assertEquals(200, server.statusCode());
        assertEquals(List.of("/ds"), datasetNames(JSON.parse(server.body())));
        assertEquals(200, send("GET", "/$/ping").statusCode());
        assertEquals(200, send("GET", "/$/stats").statusCode());
    }

    @Test
    void adminOperationsThatChangeDataOrTheServerAreNotServed() throws Exception {
        assertEquals(405, send("POST", "/$/datasets?dbName=other&dbType=mem").statusCode());
        assertEquals(405, send("DELETE", "/$/datasets/ds").statusCode());
        assertEquals(405, send("POST", "/$/backup/ds").statusCode(), "no backup servlet: the static files refuse POST");
        assertEquals(405, send("POST", "/$/compact/ds").statusCode());
        assertEquals(404, send("GET", "/$/tasks").statusCode());
        assertEquals(List.of("/ds"), datasetNames(JSON.parse(send("GET", "/$/datasets").body())));
    }
}
