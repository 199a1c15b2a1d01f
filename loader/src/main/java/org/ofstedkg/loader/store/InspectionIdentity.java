package org.ofstedkg.loader.store;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.ofstedkg.loader.report.InspectionFacts;
import org.ofstedkg.ontology.Iris;
import org.ofstedkg.ontology.Ofk;

/**
 * Decides which inspection node a document describes, so that every document about one inspection meets on one
 * IRI whatever order they are loaded in ({@link InspectionNaming} then names that node after its accepted dates,
 * joins the inspections a document bridges and adopts copies that came before their original). The rule:
 * <ol>
 *   <li>An inspection already in the graph is the same inspection when it is of the same authority and the same
 *       framework family (ILACS standard, short and unknown are one family) and its fieldwork overlaps this one's or
 *       lies within {@value #NEAR_DAYS} days of it: sources disagree on dates by a week (a council paper counts its
 *       preparation), never by a month between two inspections of one kind.</li>
 *   <li>A document that gives no dates is the same inspection as a loaded document of the same authority and
 *       family whose text it nearly copies (an OCR copy of a report): at least {@value #COPY_SIMILARITY} of their
 *       five-word shingles shared; the most similar wins, the first by document IRI among equals. Only originals
 *       are compared, never documents that are copies themselves, so that copies do not chain and reloading an
 *       original after its copies leaves it an original, as it was.</li>
 *   <li>Otherwise the inspection is new: its IRI comes from the authority, the family and the last day of
 *       fieldwork ({@link Iris#inspection}); without dates, from the document ({@link Iris#undatedInspection}).</li>
 * </ol>
 */
public final class InspectionIdentity {

    static final int NEAR_DAYS = 14;
    static final double COPY_SIMILARITY = 0.5;
    private static final int SHINGLE = 5;

    /**
     * The inspection a document describes, and the loaded document it copies when that decided it.
     *
     * @param inspectionIri the inspection the document's graph names
     * @param joined every loaded inspection the document is near, {@code inspectionIri} first (it alone when the
     *     inspection is new or undated): more than one when the document's fieldwork lies between theirs, and
     *     {@link InspectionNaming} then makes them one
     */
    public record Resolved(String inspectionIri, List<String> joined, String copyOfDocumentIri, String reason) {

        public Resolved {
            joined = List.copyOf(joined);
        }

        Resolved(String inspectionIri, String copyOfDocumentIri, String reason) {
            this(inspectionIri, List.of(inspectionIri), copyOfDocumentIri, reason);
        }
    }

    private InspectionIdentity() {}

    /** The framework family of an inspection kind: what identity compares. */
    public static String family(String kindId) {
        return kindId.startsWith("ilacs") ? "ilacs" : kindId;
    }

    /** Resolves the inspection of {@code facts}, in a transaction the caller holds on {@code dataset}. */
    public static Resolved resolve(Dataset dataset, InspectionFacts facts, String sha256, String text) {
        return resolve(query -> QueryExecution.dataset(dataset).query(query).build(), facts, sha256, text);
    }

    /**
     * Resolves the inspection of {@code facts} by asking {@code queries} (SPARQL over a local dataset or a server's
     * endpoint) what is already loaded.
     */
    public static Resolved resolve(Function<Query, QueryExecution> queries, InspectionFacts facts, String sha256,
            String text) {
        String family = family(facts.kindId());
        String urn = facts.authority().ofstedUrn();
        String ownGraph = Iris.documentGraph(sha256);
        if (facts.startDate() != null || facts.endDate() != null) {
            LocalDate start = facts.startDate() != null ? facts.startDate() : facts.endDate();
            LocalDate end = facts.endDate() != null ? facts.endDate() : facts.startDate();
            List<String> near = nearInspections(queries, facts.authority().iri(), family, start, end, ownGraph);
            return near.isEmpty() ? new Resolved(Iris.inspection(urn, family, end), null, "new inspection")
                    : new Resolved(near.get(0), near, null, "same authority, family and fieldwork as " + String.join(" and ", near));
        }
        Optional<String[]> copy = copiedDocument(queries, facts.authority().iri(), family, ownGraph, text);
        return copy.map(c -> new Resolved(c[1], c[0], "no dates; a near copy of " + c[0]))
                .orElseGet(() -> new Resolved(Iris.undatedInspection(urn, family, sha256), null, "no dates and no copy of a loaded report"));
    }

    /** The loaded inspections whose fieldwork is near, in IRI order. */
    private static List<String> nearInspections(Function<Query, QueryExecution> queries, String authority, String family,
            LocalDate start, LocalDate end, String ownGraph) {
        ParameterizedSparqlString query = new ParameterizedSparqlString("""
                SELECT ?inspection ?kind ?start ?end WHERE {
                  GRAPH ?g {
                    ?inspection a ?class ; ?inspected ?authority ; ?kindOf ?kind .
                    OPTIONAL { ?inspection ?starts ?start }
                    OPTIONAL { ?inspection ?ends ?end }
                  }
                  FILTER (?g != ?own)
                } ORDER BY ?inspection""");
        query.setIri("class", Ofk.Inspection.getURI());
        query.setIri("inspected", Ofk.inspectedAuthority.getURI());
        query.setIri("authority", authority);
        query.setIri("kindOf", Ofk.inspectionKind.getURI());
        query.setIri("starts", Ofk.startDate.getURI());
        query.setIri("ends", Ofk.endDate.getURI());
        query.setIri("own", ownGraph);
        List<String> near = new ArrayList<>();
        try (QueryExecution execution = queries.apply(query.asQuery())) {
            ResultSet results = execution.execSelect();
            while (results.hasNext()) {
                QuerySolution row = results.next();
                String kindIri = row.getResource("kind").getURI();
                if (!family(kindIri.substring(kindIri.lastIndexOf('/') + 1)).equals(family)) {
                    continue;
                }
                LocalDate otherStart = date(row, "start", row.contains("end") ? date(row, "end", null) : null);
                LocalDate otherEnd = date(row, "end", otherStart);
                String inspection = row.getResource("inspection").getURI();
                if (otherStart != null && near(start, end, otherStart, otherEnd) && !near.contains(inspection)) {
                    near.add(inspection);
                }
            }
        }
        return near;
    }

    static boolean near(LocalDate start, LocalDate end, LocalDate otherStart, LocalDate otherEnd) {
        long gap = Math.max(ChronoUnit.DAYS.between(end, otherStart), ChronoUnit.DAYS.between(otherEnd, start));
        return gap <= NEAR_DAYS;
    }

    private static Optional<String[]> copiedDocument(Function<Query, QueryExecution> queries, String authority, String family,
            String ownGraph, String text) {
        Set<String> mine = shingles(text);
        String[] best = null;
        double bestSimilarity = COPY_SIMILARITY;
        for (LoadedOriginal original : loadedOriginals(queries, authority, family, ownGraph, false)) {
            double similarity = containment(mine, shingles(original.text()));
            if (similarity > bestSimilarity || (best == null && similarity == bestSimilarity)) {
                bestSimilarity = similarity;
                best = new String[] {original.documentIri(), original.inspectionIri()};
            }
        }
        return Optional.ofNullable(best);
    }

    /** A loaded document that copies no other, with its inspection and its text. */
    private record LoadedOriginal(String documentIri, String inspectionIri, String text) {}

    /**
     * The loaded documents of {@code authority} and {@code family}, other than {@code ownGraph}, that copy no other
     * document, in document IRI order; with {@code undatedOnly}, only those whose inspection has no dates.
     */
    private static List<LoadedOriginal> loadedOriginals(Function<Query, QueryExecution> queries, String authority,
            String family, String ownGraph, boolean undatedOnly) {
        ParameterizedSparqlString query = new ParameterizedSparqlString("""
                SELECT ?document ?inspection ?kind ?text WHERE {
                  GRAPH ?document {
                    ?document ?describes ?inspection .
                    ?inspection ?inspected ?authority ; ?kindOf ?kind .
                    ?context ?derived ?document ; ?isString ?text .
                    FILTER NOT EXISTS { ?document ?alternateOf ?original }
                    FILTER (!?undatedOnly || NOT EXISTS { ?inspection ?starts ?start })
                    FILTER (!?undatedOnly || NOT EXISTS { ?inspection ?ends ?end })
                  }
                  FILTER (?document != ?own)
                } ORDER BY ?document""");
        query.setIri("describes", Ofk.describes.getURI());
        query.setIri("inspected", Ofk.inspectedAuthority.getURI());
        query.setIri("authority", authority);
        query.setIri("kindOf", Ofk.inspectionKind.getURI());
        query.setIri("derived", org.ofstedkg.ontology.W3c.provWasDerivedFrom.getURI());
        query.setIri("isString", org.ofstedkg.ontology.W3c.nifIsString.getURI());
        query.setIri("alternateOf", org.ofstedkg.ontology.W3c.provAlternateOf.getURI());
        query.setIri("starts", Ofk.startDate.getURI());
        query.setIri("ends", Ofk.endDate.getURI());
        query.setLiteral("undatedOnly", undatedOnly);
        query.setIri("own", ownGraph);
        List<LoadedOriginal> originals = new ArrayList<>();
        try (QueryExecution execution = queries.apply(query.asQuery())) {
            ResultSet results = execution.execSelect();
            while (results.hasNext()) {
                QuerySolution row = results.next();
                String kindIri = row.getResource("kind").getURI();
                if (family(kindIri.substring(kindIri.lastIndexOf('/') + 1)).equals(family)) {
                    originals.add(new LoadedOriginal(row.getResource("document").getURI(),
                            row.getResource("inspection").getURI(), row.getLiteral("text").getString()));
                }
            }
        }
        return originals;
    }

    /** A loaded undated document, alone in its undated inspection, that nearly copies a dated document being written. */
    public record EarlierCopy(String documentIri, String inspectionIri) {}

    /**
     * The loaded undated documents that nearly copy the dated document {@code facts} describes but came first, so
     * that no original was there to join (the rule's second case, the other way round): of the same authority and
     * family, copies of no other document, their inspection undated, at least {@value #COPY_SIMILARITY} of their
     * shingles found in this text. Loaded after it, each would have joined this document's inspection as its
     * copy; {@link InspectionNaming} makes it so. None for an undated document.
     */
    public static List<EarlierCopy> earlierCopies(Function<Query, QueryExecution> queries, InspectionFacts facts,
            String sha256, String text) {
        if (facts.startDate() == null && facts.endDate() == null) {
            return List.of();
        }
        List<EarlierCopy> copies = new ArrayList<>();
        Set<String> mine = null;
        for (LoadedOriginal undated : loadedOriginals(queries, facts.authority().iri(), family(facts.kindId()),
                Iris.documentGraph(sha256), true)) {
            mine = mine == null ? shingles(text) : mine;
            if (containment(shingles(undated.text()), mine) >= COPY_SIMILARITY) {
                copies.add(new EarlierCopy(undated.documentIri(), undated.inspectionIri()));
            }
        }
        return copies;
    }

    /** The share of {@code copy}'s shingles found in {@code original}: a copy that lost its header still scores high. */
    static double containment(Set<String> copy, Set<String> original) {
        if (copy.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String shingle : copy) {
            if (original.contains(shingle)) {
                shared++;
            }
        }
        return (double) shared / copy.size();
    }

    static Set<String> shingles(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip().split(" ");
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + SHINGLE <= words.length; i++) {
            shingles.add(String.join(" ", java.util.Arrays.asList(words).subList(i, i + SHINGLE)));
        }
        return shingles;
    }

    private static LocalDate date(QuerySolution row, String name, LocalDate fallback) {
        return row.contains(name) ? LocalDate.parse(row.getLiteral(name).getLexicalForm()) : fallback;
    }
}
