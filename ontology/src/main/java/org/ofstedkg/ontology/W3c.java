package org.ofstedkg.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the W3C vocabularies the ontology reuses for which Jena ships no constants class: ORG, PROV-O, the Web
 * Annotation vocabulary and FOAF. SKOS, DCTERMS, RDFS and OWL come from Jena's own classes.
 */
public final class W3c {

    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    public static final Resource orgFormalOrganization = ResourceFactory.createResource(ORG + "FormalOrganization");
    public static final Resource orgChangeEvent = ResourceFactory.createResource(ORG + "ChangeEvent");
    public static final Property orgOriginalOrganization = ResourceFactory.createProperty(ORG + "originalOrganization");
    public static final Property orgResultingOrganization = ResourceFactory.createProperty(ORG + "resultingOrganization");
    public static final Property orgIdentifier = ResourceFactory.createProperty(ORG + "identifier");

    public static final Resource provActivity = ResourceFactory.createResource(PROV + "Activity");
    public static final Resource provEntity = ResourceFactory.createResource(PROV + "Entity");
    public static final Resource provPerson = ResourceFactory.createResource(PROV + "Person");
    public static final Resource provAssociation = ResourceFactory.createResource(PROV + "Association");
    public static final Resource provRole = ResourceFactory.createResource(PROV + "Role");
    public static final Property provQualifiedAssociation = ResourceFactory.createProperty(PROV + "qualifiedAssociation");
    public static final Property provWasAssociatedWith = ResourceFactory.createProperty(PROV + "wasAssociatedWith");
    public static final Property provAgent = ResourceFactory.createProperty(PROV + "agent");
    public static final Property provHadRole = ResourceFactory.createProperty(PROV + "hadRole");
    public static final Property provWasDerivedFrom = ResourceFactory.createProperty(PROV + "wasDerivedFrom");
    public static final Property provWasGeneratedBy = ResourceFactory.createProperty(PROV + "wasGeneratedBy");
    public static final Property provGeneratedAtTime = ResourceFactory.createProperty(PROV + "generatedAtTime");

    public static final Resource oaSpecificResource = ResourceFactory.createResource(OA + "SpecificResource");
    public static final Resource oaTextPositionSelector = ResourceFactory.createResource(OA + "TextPositionSelector");
    public static final Resource oaTextQuoteSelector = ResourceFactory.createResource(OA + "TextQuoteSelector");
    public static final Property oaHasSource = ResourceFactory.createProperty(OA + "hasSource");
    public static final Property oaHasSelector = ResourceFactory.createProperty(OA + "hasSelector");
    public static final Property oaStart = ResourceFactory.createProperty(OA + "start");
    public static final Property oaEnd = ResourceFactory.createProperty(OA + "end");
    public static final Property oaExact = ResourceFactory.createProperty(OA + "exact");

    public static final Resource provSoftwareAgent = ResourceFactory.createResource(PROV + "SoftwareAgent");
    public static final Property provUsed = ResourceFactory.createProperty(PROV + "used");
    public static final Property provStartedAtTime = ResourceFactory.createProperty(PROV + "startedAtTime");
    public static final Property provAlternateOf = ResourceFactory.createProperty(PROV + "alternateOf");
    public static final Property provWasAttributedTo = ResourceFactory.createProperty(PROV + "wasAttributedTo");

    public static final Resource nifContext = ResourceFactory.createResource(NIF + "Context");
    public static final Property nifIsString = ResourceFactory.createProperty(NIF + "isString");

    public static final Resource foafPerson = ResourceFactory.createResource(FOAF + "Person");
    public static final Resource foafDocument = ResourceFactory.createResource(FOAF + "Document");
    public static final Property foafName = ResourceFactory.createProperty(FOAF + "name");
    public static final Property foafHomepage = ResourceFactory.createProperty(FOAF + "homepage");

    private W3c() {}
}
