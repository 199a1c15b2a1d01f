package org.ofstedkg.loader.report;

/** What a source document is, which decides its class in the graph and how much its statements weigh. */
public enum DocumentKind {
    /** Ofsted's own report of an inspection. */
    INSPECTION_REPORT("inspection-report"),
    /** Ofsted's letter to the authority after a visit or inspection. */
    INSPECTION_LETTER("inspection-letter"),
    /** A secondary source: a council committee paper that describes an inspection. */
    COMMITTEE_REPORT("committee-report");

    private final String id;

    DocumentKind(String id) {
        this.id = id;
    }

    /** The identifier the gold files and the load summary use. */
    public String id() {
        return id;
    }

    /** Whether Ofsted wrote it: Ofsted's documents take precedence where sources disagree. */
    public boolean isOfsted() {
        return this != COMMITTEE_REPORT;
    }
}
