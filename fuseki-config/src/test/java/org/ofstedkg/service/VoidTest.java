package org.ofstedkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.ofstedkg.ontology.Iris;

/** {@code /.well-known/void}: the dataset's VoID and DCAT description. */
class VoidTest {

    @Test
    void voidDescribesTheDatasetItsSizeVocabulariesAndEndpoint() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(SampleService.base() + "/.well-known/void")).header("Accept", "text/turtle").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(Rio.parse(new StringReader(response.body()), "", RDFFormat.TURTLE).size() > 10);
        Model model = RDFParser.fromString(response.body(), Lang.TURTLE).toModel();
        Resource dataset = model.getResource(VoidDescription.DATASET);
        String endpoint = SampleService.base() + "/ds/sparql";
        assertEquals(endpoint, dataset.getProperty(model.createProperty(VoidDescription.VOID + "sparqlEndpoint"))
                .getResource().getURI());
        // four documents loaded, plus the finding's graph the fixture adds
        assertEquals(5, dataset.getProperty(model.createProperty(VoidDescription.VOID + "documents")).getLong());
        long quads = org.apache.jena.system.Txn.calculateRead(KnowledgeGraphServer.dataset(SampleService.server()),
                () -> org.apache.jena.atlas.iterator.Iter.count(KnowledgeGraphServer.dataset(SampleService.server()).find()));
        assertEquals(quads, dataset.getProperty(model.createProperty(VoidDescription.VOID + "triples")).getLong());
        var vocabularies = model.listObjectsOfProperty(dataset, model.createProperty(VoidDescription.VOID + "vocabulary"))
                .mapWith(n -> n.asResource().getURI()).toSet();
        assertTrue(vocabularies.contains(Iris.DEF), vocabularies.toString());
        assertTrue(vocabularies.contains("http://www.w3.org/ns/prov#"), vocabularies.toString());
        assertTrue(vocabularies.contains("http://www.w3.org/2004/02/skos/core#"), vocabularies.toString());
        assertEquals(3, model.listObjectsOfProperty(dataset, model.createProperty(VoidDescription.VOID + "exampleResource"))
                .toList().size());
        assertTrue(model.contains(null, model.createProperty(VoidDescription.DCAT + "endpointURL"),
                model.createResource(endpoint)));
    }
}
