package org.ofstedkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The authenticated update service over the in-memory twin: present only with a password file, closed to
 * anonymous users, and its writes are seen (and text-indexed) by the public service.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminServiceTest {

    private static String update(String document) {
        return "PREFIX ofk: <https://w3id.org/ofsted-kg/def/>\n"
                + "INSERT DATA { GRAPH <https://w3id.org/ofsted-kg/id/document/" + document + "> {\n"
                + "  <https://w3id.org/ofsted-kg/id/document/" + document + "/improvement-item/1>\n"
                + "      ofk:text \"Strengthen the oversight of private fostering arrangements.\" } }";
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private FusekiServer server;
    private String base;

    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        Path passwords = temp.resolve("passwords");
        Files.writeString(passwords, "# kg serve --admin-password-file\nloader: s3cret\n");
        server = KnowledgeGraphServer.start(ServiceSettings.inMemory().withAdminPasswordFile(passwords));
        base = "http://localhost:" + server.getPort();
    }

    @AfterAll
    void stop() {
        server.stop();
    }

    private HttpResponse<String> postUpdate(String path, String authorization, String document) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update(document)));
        if (authorization != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(authorization.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anonymousAndWrongCredentialsAreRefusedAndChangeNothing() throws Exception {
        assertEquals(401, postUpdate("/ds-admin/update", null, "00000000000000bb").statusCode());
        assertEquals(401, postUpdate("/ds-admin/update", "loader:wrong", "00000000000000bb").statusCode());
        assertEquals(400, postUpdate("/ds", "loader:s3cret", "00000000000000bb").statusCode());
        try (RDFConnection connection = RDFConnection.queryConnect(base + "/ds/sparql")) {
            assertFalse(connection.queryAsk("ASK { GRAPH <https://w3id.org/ofsted-kg/id/document/00000000000000bb> { ?s ?p ?o } }"));
        }
    }

    @Test
    void anUpdateWithCredentialsIsServedAndTextIndexedAtOnce() throws Exception {
        assertEquals(204, postUpdate("/ds-admin/update", "loader:s3cret", "00000000000000aa").statusCode());
        String search = """
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX ofk:  <https://w3id.org/ofsted-kg/def/>
                SELECT ?s WHERE { ?s text:query (ofk:text "fostering") }
                """;
        try (RDFConnection connection = RDFConnection.queryConnect(base + "/ds/sparql")) {
            List<String> hits = new ArrayList<>();
            connection.querySelect(search, row -> hits.add(row.get("s").toString()));
            assertEquals(List.of("https://w3id.org/ofsted-kg/id/document/00000000000000aa/improvement-item/1"), hits);
        }
    }

    @Test
    void theUiListsTheAdminServiceButNoOneCreatesADatasetThroughIt() throws Exception {
        HttpResponse<String> datasets = http.send(HttpRequest.newBuilder(URI.create(base + "/$/datasets")).build(),
                HttpResponse.BodyHandlers.ofString());
        List<String> names = org.apache.jena.atlas.json.JSON.parse(datasets.body()).get("datasets").getAsArray().stream()
                .map(d -> d.getAsObject().get("ds.name").getAsString().value()).sorted().toList();
        assertEquals(List.of("/ds", "/ds-admin"), names);
        HttpRequest create = HttpRequest.newBuilder(URI.create(base + "/$/datasets"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("loader:s3cret".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("dbName=other&dbType=mem")).build();
        assertEquals(405, http.send(create, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void withoutAPasswordFileThereIsNoUpdateService() {
        FusekiServer plain = KnowledgeGraphServer.build(ServiceSettings.inMemory());
        try {
            assertNull(plain.getDataAccessPointRegistry().get("/" + KnowledgeGraphServer.ADMIN_SERVICE));
            assertTrue(plain.getDataAccessPointRegistry().isRegistered("/" + KnowledgeGraphServer.SERVICE));
        } finally {
            plain.stop();
        }
    }
}
