package org.ofstedkg.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.loader.store.KnowledgeGraphStore;

/**
 * Saved answers over a TDB2 database: the second request is answered from the kept answer with the same bytes and
 * tag, {@code If-None-Match} with the current tag is 304 without a body, and a graph written through the
 * authenticated service changes the data version, so the next request computes the new answer under a new tag.
 */
class SavedAnswerRevalidationTest {

    private static final String PASSWORD = "s3cret-Loxley-7";
    private static final String AUTHORITIES = "/queries/authorities?format=csv";
    private static final String NEW_AUTHORITY = "@prefix ofk: <https://w3id.org/ofsted-kg/def/> .\n"
            + "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
            + "<https://w3id.org/ofsted-kg/id/authority/9999903> a ofk:LocalAuthority ;\n"
            + "    skos:prefLabel \"Loxley Barrett\"@en ; ofk:ofstedUrn \"9999903\" .\n";
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String url, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static String etag(HttpResponse<?> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }

    @Test
    void aLoadThroughTheAdminServiceChangesTheTagAndTheNextAnswerIsComputedAfresh(@TempDir Path temp) throws Exception {
        Path db = temp.resolve("db");
        try (KnowledgeGraphStore store = KnowledgeGraphStore.openOrCreate(db)) {
            store.installLocalAuthorities(SampleService.SAMPLES.resolve("fictional-authorities.ttl"));
        }
        Path users = Files.writeString(temp.resolve("admin-users"), "loader: " + PASSWORD + "\n");
        FusekiServer server = KnowledgeGraphServer.start(
                ServiceSettings.forDatabase(db).withPort(0).withAdminPasswordFile(users));
        try {
            String base = "http://localhost:" + server.getPort();
            SavedAnswerCache kept = (SavedAnswerCache) server.getServletContext()
                    .getAttribute(SavedAnswerCache.class.getName());

            HttpResponse<byte[]> first = get(base + AUTHORITIES, null);
            assertEquals(200, first.statusCode());
            assertEquals(Optional.of("no-cache"), first.headers().firstValue("Cache-Control"));
            assertEquals(Optional.of("Accept"), first.headers().firstValue("Vary"));
            assertEquals("text/csv; charset=utf-8", first.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(text(first).contains("Borsetshire"), text(first));
            assertFalse(text(first).contains("Loxley Barrett"), text(first));
            assertEquals(0, kept.hits());
            assertEquals(1, kept.misses());

            HttpResponse<byte[]> second = get(base + AUTHORITIES, null);
            assertEquals(200, second.statusCode());
            assertArrayEquals(first.body(), second.body());
            assertEquals(etag(first), etag(second));
            assertEquals(1, kept.hits(), "the second answer was the kept one");
            assertEquals(1, kept.misses());

            HttpResponse<byte[]> current = get(base + AUTHORITIES, etag(first));
            assertEquals(304, current.statusCode());
            assertEquals(0, current.body().length);
            assertEquals(etag(first), etag(current));

            HttpResponse<byte[]> head = http.send(HttpRequest.newBuilder(URI.create(base + AUTHORITIES))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, head.statusCode());
            assertEquals(0, head.body().length);
            assertEquals(etag(first), etag(head));
            assertEquals(2, kept.hits(), "HEAD is answered from the kept answer too");

            HttpResponse<byte[]> json = get(base + "/queries/authorities?format=json", null);
            assertEquals(200, json.statusCode());
            assertNotEquals(etag(first), etag(json), "another format is another answer");

            HttpResponse<byte[]> table = get(base + "/queries/authorities?format=html", null);
            assertEquals(200, table.statusCode());
            assertTrue(text(table).contains("<td>Borsetshire</td>"), text(table));
            assertEquals(Optional.of("no-cache"), table.headers().firstValue("Cache-Control"));
            assertEquals(304, get(base + "/queries/authorities?format=html", etag(table)).statusCode());
            assertNotEquals(etag(first), etag(table));

            HttpResponse<String> put = http.send(HttpRequest.newBuilder(
                    URI.create(base + "/" + KnowledgeGraphServer.ADMIN_SERVICE + "/data?graph=urn:x-test:loxley"))
                    .header("Content-Type", "text/turtle")
                    .header("Authorization", "Basic " + AccessTest.basic("loader:" + PASSWORD))
                    .PUT(HttpRequest.BodyPublishers.ofString(NEW_AUTHORITY)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, put.statusCode(), put.body());

            HttpResponse<byte[]> afterLoad = get(base + AUTHORITIES, etag(first));
            assertEquals(200, afterLoad.statusCode());
            assertTrue(text(afterLoad).contains("Loxley Barrett"), text(afterLoad));
            assertTrue(text(afterLoad).contains("Borsetshire"), text(afterLoad));
            assertNotEquals(etag(first), etag(afterLoad));
            assertEquals(2, kept.hits(), "the answer kept before the load was not used after it");

            HttpResponse<byte[]> again = get(base + AUTHORITIES, etag(afterLoad));
            assertEquals(304, again.statusCode());
            assertEquals(0, again.body().length);
            assertArrayEquals(afterLoad.body(), get(base + AUTHORITIES, null).body());
            assertEquals(3, kept.hits());
        } finally {
            server.stop();
        }
    }

    @Test
    void aFailedRequestIsNeitherTaggedNorKept(@TempDir Path temp) throws Exception {
        Path db = temp.resolve("db");
        try (KnowledgeGraphStore store = KnowledgeGraphStore.openOrCreate(db)) {
            store.installLocalAuthorities(SampleService.SAMPLES.resolve("fictional-authorities.ttl"));
        }
        FusekiServer server = KnowledgeGraphServer.start(ServiceSettings.forDatabase(db).withPort(0));
        try {
            String bad = "http://localhost:" + server.getPort() + "/queries/recurring-weaknesses?minimum=many";
            SavedAnswerCache kept = (SavedAnswerCache) server.getServletContext()
                    .getAttribute(SavedAnswerCache.class.getName());
            for (int i = 0; i < 2; i++) {
                HttpResponse<byte[]> answer = get(bad, null);
                assertEquals(400, answer.statusCode(), text(answer));
                assertEquals(Optional.empty(), answer.headers().firstValue("ETag"));
            }
            assertEquals(0, kept.hits());
            assertEquals(0, kept.size());
        } finally {
            server.stop();
        }
    }
}
