package org.ofstedkg.service;

import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.ofstedkg.ontology.W3c;

/**
 * What a description document says about itself, in the W3C 'Cool URIs' pattern legislation.gov.uk follows: which
 * thing it is about ({@code foaf:primaryTopic}), its format, its licence, and the same description in each other
 * format ({@code dcterms:hasFormat}). Documents are named in the project namespace ({@code .../doc/X}), like the
 * things they describe.
 */
public final class DocumentDescription {

    /** Ofsted publishes its reports under the Open Government Licence; the graph derived from them keeps it. */
    public static final String LICENCE = "http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

    private static final String FOAF_PRIMARY_TOPIC = W3c.FOAF + "primaryTopic";

    private DocumentDescription() {}

    /** Adds to {@code description} the triples of the document describing {@code iri} in {@code format}. */
    public static void addTo(Model description, String iri, Format format) {
        Resource document = description.createResource(LinkedDataPaths.canonicalDocument(iri, Optional.of(format)));
        Resource generic = description.createResource(LinkedDataPaths.canonicalDocument(iri, Optional.empty()));
        Resource topic = description.createResource(iri);
        document.addProperty(RDF.type, W3c.foafDocument)
                .addProperty(description.createProperty(FOAF_PRIMARY_TOPIC), topic)
                .addProperty(DCTerms.format, format.mediaType())
                .addProperty(DCTerms.license, description.createResource(LICENCE))
                .addProperty(DCTerms.isFormatOf, generic);
        generic.addProperty(RDF.type, W3c.foafDocument)
                .addProperty(description.createProperty(FOAF_PRIMARY_TOPIC), topic);
        for (Format other : Format.values()) {
            Resource alternative = description.createResource(LinkedDataPaths.canonicalDocument(iri, Optional.of(other)));
            generic.addProperty(DCTerms.hasFormat, alternative);
            alternative.addProperty(DCTerms.format, other.mediaType());
        }
    }
}
