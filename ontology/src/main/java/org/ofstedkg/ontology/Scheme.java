package org.ofstedkg.ontology;

/**
 * The project's SKOS concept schemes. Their concepts live in Turtle under {@code ontology/vocabularies/}; this
 * enum only names the schemes, so that code can build a concept IRI without spelling the pattern.
 */
public enum Scheme {
    /** Kinds of inspection: ilacs-standard, sif, focused-visit ... */
    INSPECTION_KIND("inspection-kind"),
    /** Areas an inspection grades: help-and-protection, sif-adoption, lscb ... */
    JUDGEMENT_AREA("judgement-area"),
    /** Grades with their rank: outstanding, good, requires-improvement, adequate, inadequate. */
    GRADE("grade"),
    /** Parts people play in an inspection or a document: lead-inspector, team-inspector, addressee ... */
    ROLE("role"),
    /** Practice themes, two levels deep, from the project's theme table. */
    THEME("theme"),
    /** What a statement says of practice: strength, weakness, mixed, neutral. */
    POLARITY("polarity"),
    /** Inspection frameworks, which group kinds and carry their grade scales. */
    FRAMEWORK("framework");

    private final String localName;

    Scheme(String localName) {
        this.localName = localName;
    }

    /** The scheme's local name under {@code def/}. */
    public String localName() {
        return localName;
    }

    /** The scheme's IRI, e.g. {@code https://w3id.org/ofsted-kg/def/grade}. */
    public String iri() {
        return Iris.DEF + localName;
    }
}
