package org.ofstedkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.FileReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;

/** The assembler files a Fuseki user reads, and what {@code kg serve} sets in them. */
class ConfigurationTest {

    private static final String SETTINGS = """
            PREFIX fuseki: <http://jena.apache.org/fuseki#>
            PREFIX ja:     <http://jena.hpl.hp.com/2005/11/Assembler#>
            PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>
            PREFIX text:   <http://jena.apache.org/text#>
            SELECT ?location ?directory ?timeout ?union WHERE {
              ?tdb tdb2:location ?location ; tdb2:unionDefaultGraph ?union .
              ?index text:directory ?directory .
              ?server a fuseki:Server ; ja:context [ ja:cxtName "arq:queryTimeout" ; ja:cxtValue ?timeout ] .
            }
            """;

    private static final String ENDPOINTS = """
            PREFIX fuseki: <http://jena.apache.org/fuseki#>
            SELECT ?service ?operation ?name WHERE {
              ?s fuseki:name ?service ; fuseki:endpoint ?e . ?e fuseki:operation ?operation .
              OPTIONAL { ?e fuseki:name ?name }
            }
            """;

    @Test
    void bothAssemblerFilesAreTurtleThatRdf4jReadsToo() throws Exception {
        for (String file : new String[] {"config.ttl", "config-test.ttl"}) {
            try (FileReader reader = new FileReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
                assertFalse(Rio.parse(reader, "urn:ofsted-kg:fuseki-config", RDFFormat.TURTLE).isEmpty(), file);
            }
        }
    }

    @Test
    void theInMemoryTwinOffersTheSameServicesAsTheDeployment() {
        assertEquals(endpoints(RDFDataMgr.loadModel("config.ttl")), endpoints(RDFDataMgr.loadModel("config-test.ttl")));
        assertEquals(Set.of("ds query -", "ds query query", "ds query sparql", "ds gsp-r -", "ds gsp-r get"),
                endpoints(RDFDataMgr.loadModel("config.ttl")));
    }

    @Test
    void serveSetsTheDatabaseTheTextIndexAndTheTimeout() {
        Path db = Path.of("/srv/ofsted-kg/db");
        Model config = KnowledgeGraphServer.configuration(
                ServiceSettings.forDatabase(db).withQueryTimeout(Duration.ofSeconds(12)));
        try (QueryExecution execution = QueryExecution.model(config).query(SETTINGS).build()) {
            var row = execution.execSelect().next();
            assertEquals("/srv/ofsted-kg/db", row.getLiteral("location").getString());
            assertEquals("/srv/ofsted-kg/db-text", row.getLiteral("directory").getString());
            assertEquals("12000,12000", row.getLiteral("timeout").getString());
            assertEquals(true, row.getLiteral("union").getBoolean());
        }
    }

    private static Set<String> endpoints(Model config) {
        Set<String> endpoints = new TreeSet<>();
        try (QueryExecution execution = QueryExecution.model(config).query(ENDPOINTS).build()) {
            execution.execSelect().forEachRemaining(row -> endpoints.add(row.getLiteral("service").getString() + " "
                    + row.getResource("operation").getLocalName() + " "
                    + (row.contains("name") ? row.getLiteral("name").getString() : "-")));
        }
        return endpoints;
    }
}
