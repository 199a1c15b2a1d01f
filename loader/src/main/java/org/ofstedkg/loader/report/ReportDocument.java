package org.ofstedkg.loader.report;

import java.util.List;

/**
 * Everything the loader takes from one source document, as plain domain records: what the document is, the
 * inspection it describes, the people it names, its sections, and the problems met reading it. Only the RDF stage
 * turns this into triples.
 *
 * @param fileName the file's name
 * @param sha256 the SHA-256 of the file's bytes
 * @param mediaType the file's media type
 * @param pageCount the page count, 0 for formats without pages
 * @param title the document's title as printed or as its metadata gives it, or null
 * @param kind what the document is
 * @param documentDate the date the document itself carries (a letter's date, a committee meeting's), or null
 * @param inspection what it says about the inspection
 * @param people people it names who are not inspectors
 * @param sections its headed parts
 * @param issues problems met while reading it
 */
public record ReportDocument(
        String fileName,
        String sha256,
        String mediaType,
        int pageCount,
        String title,
        DocumentKind kind,
        java.time.LocalDate documentDate,
        InspectionFacts inspection,
        List<PersonMention> people,
        List<Section> sections,
        List<LoadIssue> issues) {

    public ReportDocument {
        people = List.copyOf(people);
        sections = List.copyOf(sections);
        issues = List.copyOf(issues);
    }

    /** The same document with its sections read from its structure. */
    public ReportDocument withSections(List<Section> structureSections) {
        return new ReportDocument(fileName, sha256, mediaType, pageCount, title, kind, documentDate, inspection, people,
                structureSections, issues);
    }
}
