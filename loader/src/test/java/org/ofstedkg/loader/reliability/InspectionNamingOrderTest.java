package org.ofstedkg.loader.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.loader.DocumentOutcome;
import org.ofstedkg.loader.Loader;
import org.ofstedkg.loader.SharedMaterial;
import org.ofstedkg.loader.store.KnowledgeGraphStore;
import org.ofstedkg.ontology.Iris;
import org.ofstedkg.ontology.Ofk;

/**
 * An inspection's IRI does not depend on which of its documents came first: it is named after the end date the
 * graph accepts (Ofsted's documents first, the latest of them), and documents that bridge two loaded inspections
 * join them. Each case loads the same documents in several orders and compares the graphs, as {@link LoadOrderTest}
 * does (load times set aside).
 */
class InspectionNamingOrderTest {

    private static final Path AUTHORITIES = Path.of("..", "samples", "fictional-authorities.ttl");
    private static final Path REPORT = HostileInputs.SAMPLES.resolve("borsetshire-ilacs-2019.md");
    private static final String PAPER_DATES = "between the 28th January to the 8<sup>th</sup> February 2019";
    private static final String INSPECTION = "https://w3id.org/ofsted-kg/id/inspection/9999901/ilacs/";

    @TempDir
    Path temp;

    /** Ofsted's report says fieldwork ended on 15 February 2019, the council's paper on 8 February. */
    @Test
    void aCouncilPaperAndOfstedsReportInEitherOrderGiveTheSameGraphsNamedAfterOfstedsEndDate() throws IOException {
        Path paper = paper("paper.md", PAPER_DATES);

        Loaded paperFirst = load("paper-first", List.of(paper, REPORT));
        Loaded reportFirst = load("report-first", List.of(REPORT, paper));

        assertEquals(Set.of(INSPECTION + "2019-02-15"), paperFirst.inspections());
        assertEquals(Set.of(INSPECTION + "2019-02-15"), reportFirst.inspections());
        assertEquals(List.of(), GraphsWithoutLoadTimes.differences(paperFirst.graphs(), reportFirst.graphs()),
                "graphs that differ between the two orders");
        assertEquals(INSPECTION + "2019-02-08", paperFirst.outcomes().get(0).inspectionIri());
        assertEquals(INSPECTION + "2019-02-15", paperFirst.outcomes().get(1).inspectionIri());
        assertTrue(paperFirst.outcomes().get(1).identity().endsWith(
                "; renamed " + INSPECTION + "2019-02-08 to " + INSPECTION + "2019-02-15"),
                paperFirst.outcomes().get(1).identity());
        assertEquals(List.of("2019-02-15"), acceptedEndDates(paperFirst.graphs()));
        assertEquals(Set.of(INSPECTION + "2019-02-15"), paperFirst.labelled(), "what the text index finds by label");
    }

    /**
     * A paper ending ten days before the report's fieldwork and one starting ten days after it: the papers are a
     * month apart, so loaded first they are two inspections, which the report then joins into one.
     */
    @Test
    void aReportBetweenTwoPapersJoinsThemIntoOneInspectionInEveryOrder() throws IOException {
        Path early = paper("early.md", "between the 14th January to the 25<sup>th</sup> January 2019");
        Path late = paper("late.md", "between the 25th February to the 8<sup>th</sup> March 2019");
        List<List<Path>> orders = List.of(List.of(early, REPORT, late), List.of(early, late, REPORT),
                List.of(REPORT, early, late), List.of(REPORT, late, early), List.of(late, early, REPORT),
                List.of(late, REPORT, early));

        Loaded first = load("order-0", orders.get(0));
        for (int i = 1; i < orders.size(); i++) {
            Loaded other = load("order-" + i, orders.get(i));
            assertEquals(Set.of(INSPECTION + "2019-02-15"), other.inspections(), "order " + i);
            assertEquals(List.of(), GraphsWithoutLoadTimes.differences(first.graphs(), other.graphs()), "order " + i);
        }
        assertEquals(Set.of(INSPECTION + "2019-02-15"), first.inspections());
        Loaded papersFirst = load("papers-first", orders.get(1));
        assertEquals(List.of(INSPECTION + "2019-01-25", INSPECTION + "2019-03-08", INSPECTION + "2019-02-15"),
                papersFirst.outcomes().stream().map(DocumentOutcome::inspectionIri).toList());
    }

    /** Two council papers and no Ofsted report: the inspection takes the later end date, whichever came first. */
    @Test
    void twoCouncilPapersWithoutOfstedsReportAreNamedAfterTheLaterEndDate() throws IOException {
        Path early = paper("early.md", PAPER_DATES);
        Path late = paper("late.md", "between the 4th February to the 15<sup>th</sup> February 2019");

        Loaded earlyFirst = load("early-first", List.of(early, late));
        Loaded lateFirst = load("late-first", List.of(late, early));

        assertEquals(Set.of(INSPECTION + "2019-02-15"), earlyFirst.inspections());
        assertEquals(Set.of(INSPECTION + "2019-02-15"), lateFirst.inspections());
        assertEquals(List.of(), GraphsWithoutLoadTimes.differences(earlyFirst.graphs(), lateFirst.graphs()));
    }

    /**
     * The shared seeds (a council paper among Ofsted reports, an undated OCR copy) and Ofsted's PDFs of the Cheshire
     * East inspection the paper is about and of the Halton report the OCR copies, loaded forwards (the copy before
     * its original) and backwards.
     */
    @Test
    void theSeedsAndTwoCorpusReportsGiveTheSameInspectionsForwardsAndBackwards() throws IOException {
        Path seeds = SharedMaterial.require("seeds");
        Path corpus = SharedMaterial.require("corpus");
        List<Path> forwards;
        try (Stream<Path> files = Files.list(seeds)) {
            forwards = new ArrayList<>(files.sorted().toList());
        }
        forwards.add(corpus.resolve("80447_cheshire-east_2020-01-09.pdf"));
        forwards.add(corpus.resolve("80471_halton_2020-04-15.pdf"));
        List<Path> backwards = new ArrayList<>(forwards);
        Collections.reverse(backwards);

        Loaded forward = load("seeds-forwards", forwards);
        Loaded backward = load("seeds-backwards", backwards);

        String halton = "https://w3id.org/ofsted-kg/id/inspection/80471/ilacs/2020-03-13";
        assertEquals(Set.of("https://w3id.org/ofsted-kg/id/inspection/80447/ilacs/2019-11-29",
                "https://w3id.org/ofsted-kg/id/inspection/80447/sif/2015-07-30",
                "https://w3id.org/ofsted-kg/id/inspection/80448/annual-unannounced/2010-03-18",
                "https://w3id.org/ofsted-kg/id/inspection/80448/ilacs/2024-07-19", halton), forward.inspections());
        assertEquals(forward.inspections(), backward.inspections());
        DocumentOutcome original = forward.outcomes().get(forward.outcomes().size() - 1);
        assertTrue(original.identity().endsWith("; renamed https://w3id.org/ofsted-kg/id/inspection/80471/ilacs/"
                + "undated-224f979c62dc8a66 to " + halton), original.identity());
        assertEquals(List.of(), GraphsWithoutLoadTimes.differences(forward.graphs(), backward.graphs()));
    }

    /** A Borsetshire committee paper about the 2019 inspection, saying fieldwork ran {@code dates}. */
    private Path paper(String name, String dates) throws IOException {
        String template = Files.readString(Path.of("src", "test", "resources", "org", "ofstedkg", "loader", "store",
                "borsetshire-committee-2019.md"));
        assertTrue(template.contains(PAPER_DATES), "the sample paper's dates");
        return Files.writeString(temp.resolve(name), template.replace(PAPER_DATES, dates));
    }

    /**
     * @param labelled the inspections (not the weaknesses named under them) the text index finds by their labels'
     *     word "inspection"
     */
    private record Loaded(Map<String, Graph> graphs, List<DocumentOutcome> outcomes, Set<String> labelled) {

        /** The inspections the documents describe. */
        Set<String> inspections() {
            Set<String> inspections = new TreeSet<>();
            graphs.values().forEach(graph -> graph.find(Node.ANY, Ofk.describes.asNode(), Node.ANY)
                    .forEach(triple -> inspections.add(triple.getObject().getURI())));
            return inspections;
        }
    }

    private Loaded load(String name, List<Path> files) throws IOException {
        try (KnowledgeGraphStore store = KnowledgeGraphStore.openOrCreate(temp.resolve(name))) {
            store.installLocalAuthorities(AUTHORITIES);
            List<DocumentOutcome> outcomes = new ArrayList<>();
            Loader loader = Loader.standard(store);
            loader.loadAll(files, 2, outcomes::add);
            System.out.println(name + ": " + loader.naming());
            outcomes.stream().filter(o -> !o.loaded()).forEach(o -> System.out.println("rejected " + o.reason()));
            Set<String> labelled = new TreeSet<>();
            org.apache.jena.system.Txn.executeRead(store.dataset(), () -> {
                try (QueryExecution execution = QueryExecution.dataset(store.dataset()).query("""
                        PREFIX text: <http://jena.apache.org/text#>
                        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                        SELECT ?s WHERE { ?s text:query (rdfs:label "inspection") }""").build()) {
                    execution.execSelect().forEachRemaining(row -> {
                        String iri = row.getResource("s").getURI();
                        if (iri.startsWith(Iris.ID + "inspection/")
                                && iri.substring((Iris.ID + "inspection/").length()).split("/").length == 3) {
                            labelled.add(iri);
                        }
                    });
                }
            });
            return new Loaded(GraphsWithoutLoadTimes.of(store.dataset()), outcomes, labelled);
        }
    }

    private static List<String> acceptedEndDates(Map<String, Graph> graphs) {
        return graphs.get(Iris.DERIVED_GRAPH).find(Node.ANY, Ofk.acceptedEndDate.asNode(), Node.ANY)
                .mapWith(triple -> triple.getObject().getLiteralLexicalForm()).toList();
    }
}
