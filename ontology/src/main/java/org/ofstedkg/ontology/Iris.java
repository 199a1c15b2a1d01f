package org.ofstedkg.ontology;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Every IRI pattern of ofsted-kg, in one place.
 *
 * <p>One namespace, {@value #BASE}: ontology terms and controlled vocabularies under {@code def/}, things under
 * {@code id/}. Instance IRIs derive from official identifiers (the Ofsted URN of an authority, the GSS code of a
 * region, the SHA-256 of a document) so that the same thing gets the same IRI whichever document mentions it and
 * whenever it is loaded. The README documents the same patterns for users.
 */
public final class Iris {

    /** The project namespace. */
    public static final String BASE = "https://w3id.org/ofsted-kg/";
    /** Ontology terms: classes and properties, e.g. {@code def/Inspection}. */
    public static final String DEF = BASE + "def/";
    /** The ontology itself. */
    public static final String ONTOLOGY = BASE + "def";
    /** Things: authorities, inspections, documents, inspectors ... */
    public static final String ID = BASE + "id/";
    /** ONS statistical geography, to which authorities and regions are owl:sameAs through their GSS code. */
    public static final String ONS_GEOGRAPHY = "http://statistics.data.gov.uk/id/statistical-geography/";

    /** Named graph holding the ontology and its vocabularies. */
    public static final String VOCABULARY_GRAPH = ID + "graph/vocabulary";
    /** Named graph holding the authority gazetteer. */
    public static final String GAZETTEER_GRAPH = ID + "graph/gazetteer";
    /** Named graph holding authorities added locally, beyond the bundled gazetteer. */
    public static final String LOCAL_GAZETTEER_GRAPH = ID + "graph/gazetteer-local";
    /** Named graph holding facts derived from the documents' graphs by rules. */
    public static final String DERIVED_GRAPH = ID + "graph/derived";

    /** How many hex digits of a document's SHA-256 its IRI keeps: 64 bits, ample for any real collection. */
    static final int DIGEST_PREFIX = 16;

    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern URN = Pattern.compile("[0-9]{5,8}");
    private static final Pattern GSS = Pattern.compile("E[0-9]{8}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private Iris() {}

    /** A concept of one of the project's SKOS schemes, e.g. {@code def/grade/good}. */
    public static String concept(Scheme scheme, String localName) {
        return scheme.iri() + "/" + localName;
    }

    /** An ontology term, e.g. {@code def/Inspection}. */
    public static String term(String localName) {
        return DEF + localName;
    }

    /** A local authority, by its Ofsted URN: {@code id/authority/80447}. */
    public static String authority(String ofstedUrn) {
        return ID + "authority/" + require(URN, ofstedUrn, "Ofsted URN");
    }

    /** An English region, by its ONS GSS code: {@code id/region/E12000002}. */
    public static String region(String gssCode) {
        return ID + "region/" + require(GSS, gssCode, "GSS code");
    }

    /** The ONS statistical-geography IRI of a GSS code, the target of owl:sameAs. */
    public static String onsGeography(String gssCode) {
        return ONS_GEOGRAPHY + require(GSS, gssCode, "GSS code");
    }

    /**
     * An inspection: {@code id/inspection/80447/ilacs/2019-11-29}, from the authority, the framework family of its
     * kind and its last day (its first day when a source gives no last day). The family, not the exact kind, is in
     * the IRI because sources differ on the kind (a council paper may not say whether an ILACS inspection was
     * standard or short); the last day, because sources differ more often on the first day (a council paper may
     * count the weeks of preparation). The loader's identity rule reconciles the rest: see the README.
     */
    public static String inspection(String ofstedUrn, String family, LocalDate anchorDate) {
        return ID + "inspection/" + require(URN, ofstedUrn, "Ofsted URN") + "/" + slug(family) + "/" + anchorDate;
    }

    /** The judgement an inspection makes in one area: {@code .../judgement/help-and-protection}. */
    public static String judgement(String inspectionIri, String areaLocalName) {
        return inspectionIri + "/judgement/" + slug(areaLocalName);
    }

    /**
     * An inspector's part in an inspection in one role (a prov:Association): {@code .../association/lead-inspector/jane-smith}.
     * The role is part of the key because one person can be listed in two roles of one inspection.
     */
    public static String association(String inspectionIri, String roleLocalName, String personName) {
        return inspectionIri + "/association/" + slug(roleLocalName) + "/" + slug(personName);
    }

    /** A source document, by the first 16 hex digits of its SHA-256: {@code id/document/5f2c0d1e9a7b3c44}. */
    public static String document(String sha256) {
        return ID + "document/" + digestPrefix(sha256);
    }

    /** The named graph holding what one document says: named by the document's own IRI. */
    public static String documentGraph(String sha256) {
        return document(sha256);
    }

    /** The normalised text of a document, a NIF context that text selectors point into: {@code .../text}. */
    public static String documentText(String sha256) {
        return document(sha256) + "/text";
    }

    /** The activity that loaded a document, for the provenance of its graph: {@code .../load}. */
    public static String documentLoad(String sha256) {
        return document(sha256) + "/load";
    }

    /** The loader as a PROV software agent, by version: {@code id/software/ofsted-kg-loader/0.1.0}. */
    public static String loaderSoftware(String version) {
        return ID + "software/ofsted-kg-loader/" + slug(version).replace('-', '.');
    }

    /**
     * An inspection whose document gives no dates and copies no loaded report: keyed by the document instead,
     * {@code id/inspection/80471/ilacs/undated-5f2c0d1e9a7b3c44}, so that it is never merged with a dated one by
     * accident.
     */
    public static String undatedInspection(String ofstedUrn, String family, String sha256) {
        return ID + "inspection/" + require(URN, ofstedUrn, "Ofsted URN") + "/" + slug(family) + "/undated-"
                + digestPrefix(sha256);
    }

    /** A part of a document (a section, finding, improvement item, strength), numbered in reading order. */
    public static String documentPart(String sha256, String partKind, int ordinal) {
        return document(sha256) + "/" + slug(partKind) + "/" + ordinal;
    }

    /**
     * The tagging of a statement with one theme, under the statement: {@code .../finding/12/tag/supervision}. One
     * statement is tagged with a theme at most once.
     */
    public static String themeTag(String statementIri, String themeLocalName) {
        return statementIri + "/tag/" + slug(themeLocalName);
    }

    /** The span of text a statement is read from (an oa:SpecificResource): {@code .../finding/12/span}. */
    public static String textSpan(String statementIri) {
        return statementIri + "/span";
    }

    /** A selector of a statement's span, by kind ("position", "quote"): {@code .../finding/12/span/position}. */
    public static String textSelector(String statementIri, String selectorKind) {
        return textSpan(statementIri) + "/" + slug(selectorKind);
    }

    /** An inspector, by name (Ofsted publishes no inspector identifiers): {@code id/inspector/jane-smith}. */
    public static String inspector(String name) {
        return ID + "inspector/" + slug(name);
    }

    /** Any other named person (a director of children's services, an addressee): {@code id/person/...}. */
    public static String person(String name) {
        return ID + "person/" + slug(name);
    }

    /**
     * A reorganisation of authorities (an org:ChangeEvent), by a short name that says what ended and when:
     * {@code id/reorganisation/cumbria-2023}. Reorganisations may create several authorities from one, so no single
     * authority identifier names them.
     */
    public static String reorganisation(String name) {
        return ID + "reorganisation/" + slug(name);
    }

    /**
     * Lower-case ASCII words joined by hyphens: 'Cheshire West and Chester' gives {@code cheshire-west-and-chester},
     * "Ms O'Neill" gives {@code ms-o-neill}. Accents are dropped so that one name spelt two ways still meets.
     */
    public static String slug(String text) {
        String ascii = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        String slug = NOT_SLUG.matcher(ascii).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("nothing to make an IRI of in '" + text + "'");
        }
        return slug;
    }

    private static String digestPrefix(String sha256) {
        return require(SHA256, sha256.toLowerCase(Locale.ROOT), "SHA-256").substring(0, DIGEST_PREFIX);
    }

    private static String require(Pattern pattern, String value, String what) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException("not a valid " + what + ": '" + value + "'");
        }
        return value;
    }
}
