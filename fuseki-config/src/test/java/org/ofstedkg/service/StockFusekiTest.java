package org.ofstedkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code config.ttl} is a file stock Fuseki runs: edited as a user would edit it (the two paths), and given to
 * Fuseki main with nothing but the modules Fuseki finds on the class path itself (as {@code fuseki-server} does),
 * it serves the database {@code kg load} wrote over SPARQL, and, through the project's auto module, linked data,
 * the look-up, VoID and the dumps.
 */
class StockFusekiTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private int status(String url, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void stockFusekiWithTheAutoModuleServesSparqlLinkedDataVoidAndDumps(@TempDir Path temp) throws Exception {
        Path database = Path.of("target", "sample-service", "db").toAbsolutePath();
        SampleService.server();
        String edited = Files.readString(Path.of("config.ttl"))
                .replace("tdb2:location \"data/demo\"", "tdb2:location \"" + database + "\"")
                .replace("text:directory \"data/demo-text\"", "text:directory \"" + temp.resolve("text") + "\"");
        Path config = temp.resolve("config.ttl");
        Files.writeString(config, edited);
        FusekiModules system = FusekiModules.getSystemModules();
        assertTrue(system.asList().stream().map(FusekiModule::name).toList().contains("ofsted-kg"),
                "the auto module is not found by ServiceLoader");
        FusekiServer stock = FusekiServer.create().port(0).parseConfigFile(config).fusekiModules(system).build().start();
        String base = "http://localhost:" + stock.getPort();
        try (RDFConnection connection = RDFConnection.queryConnect(base + "/ds/sparql")) {
            List<String> labels = new ArrayList<>();
            connection.querySelect("SELECT ?l { <" + SampleService.BORSETSHIRE
                    + "> <http://www.w3.org/2000/01/rdf-schema#label> ?l }", row -> labels.add(row.getLiteral("l").getString()));
            assertEquals(List.of("Borsetshire"), labels);
            HttpResponse<Void> thing = http.send(HttpRequest.newBuilder(URI.create(base + "/id/authority/9999901"))
                    .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(303, thing.statusCode());
            assertEquals("/doc/authority/9999901", thing.headers().firstValue("Location").orElse(""));
            assertEquals(200, status(base + "/doc/authority/9999901", "text/turtle"));
            assertEquals(303, status(base + "/id/authority?urn=9999901", "text/turtle"));
            assertEquals(200, status(base + "/.well-known/void", "text/turtle"));
            assertEquals(200, status(base + "/dumps/ofsted-kg.nq.gz", "*/*"));
        } finally {
            stock.stop();
        }
    }

    @Test
    void aStockServerWithoutTheServiceDsIsLeftAsItIs() throws Exception {
        FusekiServer other = FusekiServer.create().port(0)
                .add("/other", org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem())
                .fusekiModules(FusekiModules.getSystemModules()).build().start();
        try {
            String base = "http://localhost:" + other.getPort();
            assertEquals(404, status(base + "/.well-known/void", "text/turtle"));
            assertEquals(200, status(base + "/other/sparql?query=ASK%7B%7D", "application/sparql-results+json"));
        } finally {
            other.stop();
        }
    }
}
