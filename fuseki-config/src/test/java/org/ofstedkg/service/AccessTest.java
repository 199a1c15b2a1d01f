package org.ofstedkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
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
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.loader.Loader;
import org.ofstedkg.loader.derive.DerivedFacts;
import org.ofstedkg.loader.store.KnowledgeGraphStore;

/**
 * Who may write, and what a page shows: every write path refuses anonymous requests and wrong credentials, the
 * credentials of an authenticated request never reach the log, and text from a report that holds markup is shown on
 * the HTML pages as text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessTest {

    static final String USER = "loader";
    static final String PASSWORD = "s3cret-Borchester-42";
    private static final String MARKUP = "<script>alert(1)</script>";
    private static final String INSPECTION = "/doc/inspection/9999901/ilacs/2024-06-21.html";

    private FusekiServer server;
    private String base;

    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        Path report = temp.resolve("borsetshire-ilacs-2024-marked-up.txt");
        String text = Files.readString(SampleService.SAMPLES.resolve("reports/borsetshire-ilacs-2024.txt"));
        Files.writeString(report, text.replace("management oversight and supervision",
                "management oversight " + MARKUP + " and supervision"));
        Path db = temp.resolve("db");
        try (KnowledgeGraphStore store = KnowledgeGraphStore.openOrCreate(db)) {
            store.installLocalAuthorities(SampleService.SAMPLES.resolve("fictional-authorities.ttl"));
            assertTrue(Loader.standard(store).load(report).loaded());
            DerivedFacts.recompute(store.dataset());
        }
        server = KnowledgeGraphServer.start(ServiceSettings.forDatabase(db).withPort(0)
                .withAdminPasswordFile(passwords(temp)));
        base = "http://localhost:" + server.getPort();
    }

    static Path passwords(Path folder) throws Exception {
        return Files.writeString(folder.resolve("passwords"), USER + ": " + PASSWORD + "\n");
    }

    @AfterAll
    void stop() {
        server.stop();
    }

    @Test
    void everyWritePathRefusesAnonymousRequestsAndWrongCredentials() throws Exception {
        String update = "INSERT DATA { GRAPH <urn:intruder> { <urn:x> <urn:y> <urn:z> } }";
        String turtle = "<urn:x> <urn:y> <urn:z> .";
        List<String> outcomes = new ArrayList<>();
        for (String credentials : new String[] {null, USER + ":wrong", "intruder:" + PASSWORD}) {
            outcomes.add(send("POST", "/ds", "application/sparql-update", update, credentials));
            outcomes.add(send("POST", "/ds/sparql", "application/sparql-update", update, credentials));
            outcomes.add(send("POST", "/ds/update", "application/sparql-update", update, credentials));
            outcomes.add(send("PUT", "/ds/get?graph=urn:intruder", "text/turtle", turtle, credentials));
            outcomes.add(send("POST", "/ds/data?graph=urn:intruder", "text/turtle", turtle, credentials));
            outcomes.add(send("POST", "/ds-admin/update", "application/sparql-update", update, credentials));
            outcomes.add(send("POST", "/ds-admin", "application/sparql-update", update, credentials));
            outcomes.add(send("PUT", "/ds-admin/data?graph=urn:intruder", "text/turtle", turtle, credentials));
            outcomes.add(send("POST", "/ds-admin/data?graph=urn:intruder", "text/turtle", turtle, credentials));
            outcomes.add(send("DELETE", "/ds-admin/data?graph=urn:intruder", null, null, credentials));
        }
        outcomes.forEach(System.out::println);
        List<String> accepted = outcomes.stream().filter(o -> o.contains(" -> 2")).toList();
        assertEquals(List.of(), accepted, "writes accepted without the right credentials");
        assertTrue(outcomes.stream().filter(o -> o.contains("/ds-admin")).allMatch(o -> o.endsWith("-> 401")), 
                String.join("\n", outcomes));
        try (RDFConnection connection = RDFConnection.queryConnect(base + "/ds/sparql")) {
            assertFalse(connection.queryAsk("ASK { GRAPH <urn:intruder> { ?s ?p ?o } }"));
            assertFalse(connection.queryAsk("ASK { <urn:x> ?p ?o }"));
        }
        assertEquals("POST /ds-admin/update as loader -> 204",
                send("POST", "/ds-admin/update", "application/sparql-update",
                        "INSERT DATA { GRAPH <urn:allowed> { <urn:a> <urn:b> <urn:c> } }", USER + ":" + PASSWORD)
                        .replace(USER + ":" + PASSWORD, USER));
    }

    @Test
    void reportTextWithMarkupIsShownAsTextOnTheHtmlPages() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + INSPECTION))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("management oversight &lt;script&gt;alert(1)&lt;/script&gt; and supervision"),
                page.body());
        assertFalse(page.body().contains(MARKUP), page.body());
        assertEquals("", scriptsOtherThanTheServersOwn(page.body()), "scripts on the inspection page");
        HttpResponse<String> authority = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/doc/authority/9999901.html")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, authority.statusCode());
        assertFalse(authority.body().contains(MARKUP), authority.body());
        assertEquals("", scriptsOtherThanTheServersOwn(authority.body()), "scripts on the authority page");
    }

    /**
     * The script elements of a page, less the server's own: those that load its chart files from /assets/ and the
     * chart specifications, JSON data the browser never runs.
     */
    private static String scriptsOtherThanTheServersOwn(String page) {
        return java.util.regex.Pattern.compile("<script[^>]*>.*?</script>", java.util.regex.Pattern.DOTALL)
                .matcher(page).results().map(java.util.regex.MatchResult::group)
                .filter(script -> !script.matches("<script src=\"/assets/[-a-z./]+\"></script>"))
                .filter(script -> !script.startsWith("<script type=\"application/vnd.vegalite+json\""))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    @Test
    void credentialsOfAnAuthenticatedRequestNeverReachTheLog() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-cp", System.getProperty("java.class.path"), AuthenticatedRequests.class.getName())
                .redirectErrorStream(true).start();
        String log;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            log = lines.lines().collect(Collectors.joining("\n"));
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        System.out.printf("log of a server at level info answering authenticated requests: %d lines%n",
                log.lines().count());
        assertEquals(0, process.exitValue(), log);
        assertTrue(log.contains("/ds-admin/update"), "the requests were logged: " + log);
        for (String secret : List.of(PASSWORD, "wrong-" + PASSWORD, basic(USER + ":" + PASSWORD),
                basic(USER + ":wrong-" + PASSWORD))) {
            assertFalse(log.contains(secret), "the log holds " + secret + ":\n" + log);
        }
    }

    static String basic(String credentials) {
        return Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private String send(String method, String path, String contentType, String body, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (credentials != null) {
            request.header("Authorization", "Basic " + basic(credentials));
        }
        // A fresh client each time: the server closes a connection after refusing a write.
        int status = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        return method + " " + path + " as " + (credentials == null ? "anonymous" : credentials) + " -> " + status;
    }
}
