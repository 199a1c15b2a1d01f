package org.ofstedkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.ofstedkg.loader.store.DatasetDump;

/**
 * {@code /dumps/...}: the whole dataset as gzipped N-Quads and TriG, linked from VoID, with every quad of the
 * dataset and the very content {@code kg export} writes.
 */
class DumpTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] gzipped) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long datasetQuads() {
        DatasetGraph dataset = KnowledgeGraphServer.dataset(SampleService.server());
        return Txn.calculateRead(dataset, () -> Iter.count(dataset.find()));
    }

    private static long quadsParsedByJena(byte[] dump, Lang lang) {
        AtomicLong quads = new AtomicLong();
        RDFParser.source(new ByteArrayInputStream(dump)).lang(lang).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.incrementAndGet();
            }
        });
        return quads.get();
    }

    @Test
    void voidLinksBothDumpsAndEachResolvesToAGzippedFile() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(SampleService.base()
                + "/.well-known/void")).header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
        Model model = RDFParser.fromString(response.body(), Lang.TURTLE).toModel();
        TreeSet<String> dumps = new TreeSet<>(model.listObjectsOfProperty(model.createResource(VoidDescription.DATASET),
                model.createProperty(VoidDescription.VOID + "dataDump")).mapWith(n -> n.asResource().getURI()).toList());
        assertEquals(new TreeSet<>(List.of(SampleService.base() + "/dumps/ofsted-kg.nq.gz",
                SampleService.base() + "/dumps/ofsted-kg.trig.gz")), dumps);
        for (String dump : dumps) {
            HttpResponse<byte[]> file = get(dump);
            assertEquals(200, file.statusCode(), dump);
            assertEquals("application/gzip", file.headers().firstValue("Content-Type").orElse(""), dump);
            var distribution = model.listSubjectsWithProperty(model.createProperty(VoidDescription.DCAT + "downloadURL"),
                    model.createResource(dump)).toList();
            assertEquals(1, distribution.size(), dump);
            assertTrue(distribution.get(0).hasProperty(model.createProperty(VoidDescription.DCAT + "compressFormat"),
                    model.createResource(VoidDescription.IANA + "application/gzip")));
            assertTrue(distribution.get(0).hasProperty(org.apache.jena.vocabulary.DCTerms.license));
        }
        assertTrue(model.contains(null, model.createProperty(VoidDescription.DCAT + "mediaType"),
                model.createResource(VoidDescription.IANA + "application/n-quads")));
        assertEquals(404, get(SampleService.base() + "/dumps/ofsted-kg.ttl").statusCode());
    }

    @Test
    void theNQuadsDumpHoldsEveryQuadAsKgExportWritesIt() throws Exception {
        byte[] dump = gunzip(get(SampleService.base() + "/dumps/ofsted-kg.nq.gz").body());
        long quads = datasetQuads();
        System.out.printf("N-Quads dump: %,d quads, %,d bytes unzipped%n", quads, dump.length);
        assertEquals(quads, quadsParsedByJena(dump, Lang.NQUADS));
        ByteArrayOutputStream exported = new ByteArrayOutputStream();
        DatasetDump.write(KnowledgeGraphServer.dataset(SampleService.server()), exported,
                DatasetDump.Format.NQUADS.rdfFormat());
        assertEquals(exported.toString(java.nio.charset.StandardCharsets.UTF_8),
                new String(dump, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void theTrigDumpHoldsEveryQuadForJenaAndRdf4j() throws Exception {
        byte[] dump = gunzip(get(SampleService.base() + "/dumps/ofsted-kg.trig.gz").body());
        long quads = datasetQuads();
        assertEquals(quads, quadsParsedByJena(dump, Lang.TRIG));
        assertEquals(quads, Rio.parse(new StringReader(new String(dump, java.nio.charset.StandardCharsets.UTF_8)), "",
                RDFFormat.TRIG).size());
    }
}
