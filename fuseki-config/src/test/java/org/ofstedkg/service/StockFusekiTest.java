package org.ofstedkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code config.ttl} is a file stock Fuseki runs: edited as a user would edit it (the two paths), and given to
 * Fuseki main without the project's module, it serves the database {@code kg load} wrote.
 */
class StockFusekiTest {

    @Test
    void stockFusekiRunsTheConfigurationOnceItsPathsAreEdited(@TempDir Path temp) throws Exception {
        Path database = Path.of("target", "sample-service", "db").toAbsolutePath();
        SampleService.server();
        String edited = Files.readString(Path.of("config.ttl"))
                .replace("tdb2:location \"data/demo\"", "tdb2:location \"" + database + "\"")
                .replace("text:directory \"data/demo-text\"", "text:directory \"" + temp.resolve("text") + "\"");
        Path config = temp.resolve("config.ttl");
        Files.writeString(config, edited);
        FusekiServer stock = FusekiServer.create().port(0).parseConfigFile(config).build().start();
        try (RDFConnection connection = RDFConnection.queryConnect("http://localhost:" + stock.getPort() + "/ds/sparql")) {
            java.util.List<String> labels = new java.util.ArrayList<>();
            connection.querySelect("SELECT ?l { <" + SampleService.BORSETSHIRE
                    + "> <http://www.w3.org/2000/01/rdf-schema#label> ?l }", row -> labels.add(row.getLiteral("l").getString()));
            assertEquals(java.util.List.of("Borsetshire"), labels);
        } finally {
            stock.stop();
        }
    }
}
