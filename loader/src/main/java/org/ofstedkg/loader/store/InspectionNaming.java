package org.ofstedkg.loader.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.ofstedkg.ontology.Iris;
import org.ofstedkg.ontology.Ofk;

/**
 * Names an inspection after what the graph accepts about it, so that its IRI does not depend on which of its
 * documents was loaded first. The identity rule ({@link InspectionIdentity}) mints an inspection's IRI from the
 * first document about it; once another document has joined, the IRI's date is recomputed from all of them by the
 * rule of the derived facts ({@code derive/inspections.ru}): Ofsted's documents win over others, and of the
 * accepted end dates the latest is taken (of the accepted start dates the earliest, when no document gives an end).
 * The IRI and the record's {@code ofk:acceptedEndDate} then agree.
 *
 * <p>A document near two inspections already loaded (fieldwork between theirs) joins them into one, so the
 * inspections are the connected groups of documents of one authority and family whose fieldwork is near, whatever
 * the order: a chain A, B, C with A far from C is one inspection whether B comes first or last.
 *
 * <p>Renaming replaces the inspection's IRI, and every IRI minted under it ({@link Iris#judgement},
 * {@link Iris#association}, the derived record), in subject and object positions of each document graph that
 * describes it and of the derived graph, by one SPARQL Update through the target: in the document's transaction in
 * a local database (so its text index follows), as the request after the document's graph on a server. Undated
 * inspections keep their IRI: they have no date to name them by.
 */
public final class InspectionNaming {

    /**
     * What naming did.
     *
     * @param inspectionIri the inspection's IRI after naming
     * @param renamed the IRIs it replaced, in order; empty when the inspection kept its name
     */
    public record Named(String inspectionIri, List<String> renamed) {

        public Named {
            renamed = List.copyOf(renamed);
        }
    }

    private InspectionNaming() {}

    /**
     * Gives the inspections the document {@code documentIri} has just joined ({@code joined}, the one its graph names
     * first) one IRI, the one their documents' accepted dates name, renaming any that differ; first makes each of
     * {@code earlierCopies} (undated documents loaded before the report they copy) what it would have been had it
     * been loaded after it: an alternate of it, describing its inspection.
     */
    public static Named settle(DocumentTarget target, List<String> joined, String documentIri,
            List<InspectionIdentity.EarlierCopy> earlierCopies) {
        List<String> renamed = new ArrayList<>();
        for (InspectionIdentity.EarlierCopy copy : earlierCopies) {
            adopt(target, copy, documentIri, joined.get(0));
            renamed.add(copy.inspectionIri());
        }
        LocalDate date = acceptedDate(target, joined);
        if (date == null) {
            return new Named(joined.get(0), renamed);
        }
        String first = joined.get(0);
        String canonical = first.substring(0, first.lastIndexOf('/') + 1) + date;
        for (String inspection : joined) {
            if (!inspection.equals(canonical)) {
                rename(target, inspection, canonical);
                renamed.add(inspection);
            }
        }
        return new Named(canonical, renamed);
    }

    /** The date the inspections' documents name together, or null when none of them gives a date. */
    static LocalDate acceptedDate(DocumentTarget target, List<String> inspections) {
        ParameterizedSparqlString query = new ParameterizedSparqlString("""
                PREFIX ofk:  <%s>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?document ?ofsted ?start ?end WHERE {
                  VALUES ?inspection { %s }
                  GRAPH ?document {
                    ?document ofk:describes ?inspection ; a ?class .
                    OPTIONAL { ?inspection ofk:startDate ?start }
                    OPTIONAL { ?inspection ofk:endDate ?end }
                  }
                  BIND (EXISTS { GRAPH <%s> { ?class rdfs:subClassOf* ofk:OfstedDocument } } AS ?ofsted)
                }""".formatted(Ofk.NS, inspections.stream().map(iri -> "<" + iri + ">").collect(Collectors.joining(" ")),
                Iris.VOCABULARY_GRAPH));
        Map<String, Dates> byDocument = new HashMap<>();
        try (QueryExecution execution = target.query(query.asQuery())) {
            ResultSet results = execution.execSelect();
            while (results.hasNext()) {
                QuerySolution row = results.next();
                Dates dates = byDocument.computeIfAbsent(row.getResource("document").getURI(), d -> new Dates());
                dates.ofsted |= row.getLiteral("ofsted").getBoolean();
                dates.start = earlier(dates.start, date(row, "start"));
                dates.end = later(dates.end, date(row, "end"));
            }
        }
        LocalDate end = accepted(byDocument.values(), true);
        return end != null ? end : accepted(byDocument.values(), false);
    }

    /** One field's accepted value: Ofsted's documents' when any of them gives it, else all documents'. */
    private static LocalDate accepted(java.util.Collection<Dates> documents, boolean end) {
        LocalDate ofsted = null;
        LocalDate any = null;
        for (Dates dates : documents) {
            LocalDate value = end ? dates.end : dates.start;
            if (value == null) {
                continue;
            }
            any = end ? later(any, value) : earlier(any, value);
            if (dates.ofsted) {
                ofsted = end ? later(ofsted, value) : earlier(ofsted, value);
            }
        }
        return ofsted != null ? ofsted : any;
    }

    /** Makes {@code copy} an alternate of {@code original}, in its graph, and moves it to {@code inspection}. */
    private static void adopt(DocumentTarget target, InspectionIdentity.EarlierCopy copy, String original,
            String inspection) {
        ParameterizedSparqlString link = new ParameterizedSparqlString(
                "INSERT DATA { GRAPH ?copy { ?copy ?alternateOf ?original } }");
        link.setIri("copy", copy.documentIri());
        link.setIri("alternateOf", org.ofstedkg.ontology.W3c.provAlternateOf.getURI());
        link.setIri("original", original);
        target.update(link.asUpdate());
        rename(target, copy.inspectionIri(), inspection);
    }

    /** Replaces {@code from} and the IRIs minted under it by {@code to}, in every graph that mentions it. */
    private static void rename(DocumentTarget target, String from, String to) {
        ParameterizedSparqlString update = new ParameterizedSparqlString("""
                PREFIX ofk: <%s>
                DELETE { GRAPH ?g { ?s ?p ?o } }
                INSERT { GRAPH ?g { ?renamedS ?p ?renamedO } }
                WHERE {
                  { SELECT DISTINCT ?g WHERE { GRAPH ?g { ?document ofk:describes ?from } } }
                  UNION { BIND (?derived AS ?g) }
                  GRAPH ?g { ?s ?p ?o }
                  BIND (isIRI(?s) && (?s = ?from || STRSTARTS(STR(?s), ?under)) AS ?subjectMoves)
                  BIND (isIRI(?o) && (?o = ?from || STRSTARTS(STR(?o), ?under)) AS ?objectMoves)
                  FILTER (?subjectMoves || ?objectMoves)
                  BIND (IF(?subjectMoves, IRI(CONCAT(?toText, STRAFTER(STR(?s), ?fromText))), ?s) AS ?renamedS)
                  BIND (IF(?objectMoves, IRI(CONCAT(?toText, STRAFTER(STR(?o), ?fromText))), ?o) AS ?renamedO)
                }""".formatted(Ofk.NS));
        update.setIri("from", from);
        update.setIri("derived", Iris.DERIVED_GRAPH);
        update.setLiteral("under", from + "/");
        update.setLiteral("fromText", from);
        update.setLiteral("toText", to);
        target.update(update.asUpdate());
    }

    private static final class Dates {
        boolean ofsted;
        LocalDate start;
        LocalDate end;
    }

    private static LocalDate date(QuerySolution row, String name) {
        return row.contains(name) ? LocalDate.parse(row.getLiteral(name).getLexicalForm()) : null;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }
}
