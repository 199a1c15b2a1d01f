package org.ofstedkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ofstedkg.ontology.Iris;

/** Dereferenceable IRIs: 303 from a thing to its document, content negotiation, HTML pages, look-up, 404. */
class LinkedDataTest {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SampleService.base() + path));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAuthorityIriAnswers303ToItsDocument() throws Exception {
        HttpResponse<String> response = get("/id/authority/9999901", "text/turtle");
        assertEquals(303, response.statusCode());
        assertEquals("/doc/authority/9999901", response.headers().firstValue("Location").orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({
        "text/turtle, TURTLE, text/turtle",
        "application/ld+json, JSONLD, application/ld+json",
        "application/rdf+xml, RDFXML, application/rdf+xml",
        "application/n-triples, NTRIPLES, application/n-triples",
        "*/*, TURTLE, text/turtle"
    })
    void theDocumentAnswersTheFormatTheAcceptHeaderAsksFor(String accept, String jenaLang, String contentType)
            throws Exception {
        HttpResponse<String> response = get("/doc/authority/9999901", accept);
        assertEquals(200, response.statusCode());
        assertEquals(contentType, response.headers().firstValue("Content-Type").orElseThrow().replaceAll(";.*", ""));
        Model model = jena(response.body(), jenaLang);
        assertAuthorityDescription(model);
        rdf4j(response.body(), contentType);
    }

    @ParameterizedTest
    @CsvSource({"ttl, TURTLE, text/turtle", "jsonld, JSONLD, application/ld+json", "rdf, RDFXML, application/rdf+xml",
        "nt, NTRIPLES, application/n-triples"})
    void aSuffixAsksForAFormatWithoutAnAcceptHeader(String suffix, String jenaLang, String contentType) throws Exception {
        HttpResponse<String> response = get("/doc/authority/9999901." + suffix, "text/html");
        assertEquals(200, response.statusCode());
        assertEquals(contentType, response.headers().firstValue("Content-Type").orElseThrow().replaceAll(";.*", ""));
        assertAuthorityDescription(jena(response.body(), jenaLang));
        rdf4j(response.body(), contentType);
    }

    private static void assertAuthorityDescription(Model model) {
        var authority = model.getResource(SampleService.BORSETSHIRE);
        assertEquals("Borsetshire", authority.getProperty(RDFS.label).getString());
        assertEquals("9999901", authority.getProperty(model.createProperty(Iris.DEF + "ofstedUrn")).getString());
        // the label of what it links to comes with it
        assertEquals("South West", model.getResource(Iris.ID + "region/E12000009").getProperty(RDFS.label).getString());
        // the document describes itself
        var document = model.getResource(Iris.BASE + "doc/authority/9999901");
        assertTrue(document.hasProperty(model.createProperty("http://xmlns.com/foaf/0.1/primaryTopic"), authority));
        assertTrue(document.hasProperty(DCTerms.hasFormat, model.getResource(Iris.BASE + "doc/authority/9999901.jsonld")));
        assertEquals(Set.of(DocumentDescription.LICENCE), model.listObjectsOfProperty(DCTerms.license)
                .mapWith(n -> n.asResource().getURI()).toSet());
    }

    private static Model jena(String body, String lang) {
        Model model = ModelFactory.createDefaultModel();
        Lang syntax = switch (lang) {
            case "JSONLD" -> Lang.JSONLD;
            case "RDFXML" -> Lang.RDFXML;
            case "NTRIPLES" -> Lang.NTRIPLES;
            default -> Lang.TURTLE;
        };
        RDFParser.fromString(body, syntax).parse(model);
        return model;
    }

    /** Parses with RDF4J Rio, a parser the project did not write; JSON-LD is checked by Jena only (see README). */
    private static void rdf4j(String body, String contentType) throws Exception {
        RDFFormat format = switch (contentType) {
            case "text/turtle" -> RDFFormat.TURTLE;
            case "application/rdf+xml" -> RDFFormat.RDFXML;
            case "application/n-triples" -> RDFFormat.NTRIPLES;
            default -> null;
        };
        if (format != null) {
            org.eclipse.rdf4j.model.Model model = Rio.parse(new StringReader(body), "", format);
            assertTrue(model.contains(Values.iri(SampleService.BORSETSHIRE), null, Values.literal("Borsetshire", "en")));
        }
    }

    @Test
    void anIriNotInTheGraphIs404() throws Exception {
        assertEquals(404, get("/id/authority/1234567", "text/turtle").statusCode());
        assertEquals(404, get("/doc/authority/1234567", "text/turtle").statusCode());
        assertEquals(404, get("/def/NoSuchTerm", "text/turtle").statusCode());
    }

    @Test
    void theAuthorityPageListsItsInspectionsWithTheirGrades() throws Exception {
        HttpResponse<String> response = get("/doc/authority/9999901", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, response.statusCode());
        assertEquals("text/html", response.headers().firstValue("Content-Type").orElseThrow().replaceAll(";.*", ""));
        String page = response.body();
        assertTrue(page.contains("<h1>Borsetshire</h1>"), page);
        assertTrue(page.contains("<h2>Inspections</h2>"), page);
        assertTrue(page.contains("href=\"/id/inspection/9999901/ilacs/2019-02-15\""), page);
        assertTrue(page.contains("href=\"/id/inspection/9999901/ilacs/2024-06-21\""), page);
        assertTrue(page.contains("href=\"/id/inspection/9999901/sif/2015-07-30\""), page);
        assertTrue(page.contains("Overall effectiveness: Requires improvement to be good"), page);
        assertTrue(page.contains("href=\"/id/region/E12000009\">South West</a>"), page);
    }

    @Test
    void theInspectionPageListsItsJudgementsInspectorsAndDocuments() throws Exception {
        HttpResponse<String> response = get("/doc/inspection/9999901/ilacs/2019-02-15.html", null);
        assertEquals(200, response.statusCode());
        String page = response.body();
        assertTrue(page.contains("<h2>Judgements</h2>"), page);
        assertTrue(page.contains("<td>The impact of leaders on social work practice with children and families</td>"
                + "<td>Requires improvement to be good</td>"), page);
        assertTrue(page.contains("<h2>Inspectors</h2>"), page);
        assertTrue(page.contains("<td>Tom Okafor</td>"), page);
        assertTrue(page.contains("<h2>Documents</h2>"), page);
        assertTrue(page.contains("<td>borsetshire-ilacs-2019.md</td>"), page);
        assertTrue(page.contains("<h2>Findings and improvement items, by theme</h2>"), page);
        assertTrue(page.contains("<td>Management oversight</td><td>finding</td><td>" + SampleService.FINDING_TEXT
                + "</td><td><a href=\"/id/document/feedfacefeedface/finding/1\">"), page);
        assertFalse(page.contains("<script"), page);
    }

    @ParameterizedTest
    @CsvSource({"urn=9999901", "gss=E10099999", "name=Borsetshire", "name=Borsetshire%20County%20Council"})
    void lookUpByIdentifierOrNameRedirectsToTheAuthority(String query) throws Exception {
        HttpResponse<String> response = get("/id/authority?" + query, null);
        assertEquals(303, response.statusCode());
        assertEquals("/id/authority/9999901", response.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void lookUpOfAnUnknownAuthorityIs404() throws Exception {
        assertEquals(404, get("/id/authority?urn=1234567", null).statusCode());
        assertEquals(400, get("/id/authority", null).statusCode());
    }

    @Test
    void ontologyTermsAreServedTheSameWay() throws Exception {
        HttpResponse<String> redirect = get("/def/Inspection", "text/turtle");
        assertEquals(303, redirect.statusCode());
        assertEquals("/doc/def/Inspection", redirect.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> term = get("/doc/def/Inspection", "text/turtle");
        assertEquals(200, term.statusCode());
        Model model = jena(term.body(), "TURTLE");
        assertTrue(model.contains(model.getResource(Iris.DEF + "Inspection"), org.apache.jena.vocabulary.RDF.type,
                org.apache.jena.vocabulary.OWL.Class));
        rdf4jParses(get("/doc/def.ttl", null).body());
        HttpResponse<String> grade = get("/doc/def/grade/good.nt", null);
        assertEquals(200, grade.statusCode());
        assertEquals("Good", jena(grade.body(), "NTRIPLES").getResource(Iris.DEF + "grade/good")
                .getProperty(org.apache.jena.vocabulary.SKOS.prefLabel).getString());
    }

    private static void rdf4jParses(String turtle) throws Exception {
        assertFalse(Rio.parse(new StringReader(turtle), "", RDFFormat.TURTLE).isEmpty());
    }
}
