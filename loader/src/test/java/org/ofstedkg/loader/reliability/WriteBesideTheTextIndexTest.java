package org.ofstedkg.loader.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.loader.Loader;
import org.ofstedkg.loader.store.DatabaseTarget;
import org.ofstedkg.loader.store.DocumentTarget;
import org.ofstedkg.loader.store.KnowledgeGraphStore;

/**
 * The loader writes a document's quads into TDB2 beside the text index, not through jena-text's dataset (which looks
 * every quad up before adding it): the sample reports loaded that way and through jena-text's own path give the same
 * graphs (isomorphic, load times aside) and the same full-text hits, each hit as often.
 */
class WriteBesideTheTextIndexTest {

    private static final Path AUTHORITIES = Path.of("..", "samples", "fictional-authorities.ttl");
    private static final List<String> WORDS = List.of("children", "management", "supervision", "Borsetshire",
            "Felpersham", "assessment", "private fostering");

    @TempDir
    Path temp;

    @Test
    void theSamplesGiveTheSameGraphsAndTextHitsEitherWay() throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.list(HostileInputs.SAMPLES)) {
            samples = files.sorted().toList();
        }
        Loaded beside;
        try (KnowledgeGraphStore store = KnowledgeGraphStore.openOrCreate(temp.resolve("beside"))) {
            store.installLocalAuthorities(AUTHORITIES);
            Loader.standard(store).loadAll(samples, 2, outcome -> {});
            beside = Loaded.of(store);
        }
        Loaded through;
        try (KnowledgeGraphStore store = KnowledgeGraphStore.openOrCreate(temp.resolve("through"))) {
            store.installLocalAuthorities(AUTHORITIES);
            Loader.standard(new ThroughTheTextIndex(store)).loadAll(samples, 2, outcome -> {});
            through = Loaded.of(store);
        }
        System.out.printf("%d graphs, %d triples; text hits %s%n", beside.graphs().size(),
                beside.graphs().values().stream().mapToInt(Graph::size).sum(), beside.hitCounts());
        assertEquals(List.of(), GraphsWithoutLoadTimes.differences(through.graphs(), beside.graphs()));
        assertEquals(through.hits(), beside.hits());
    }

    /** A load's graphs without load times, and the subjects the text index finds for each of {@link #WORDS}, sorted. */
    private record Loaded(Map<String, Graph> graphs, List<List<String>> hits) {

        static Loaded of(KnowledgeGraphStore store) {
            Dataset dataset = store.dataset();
            List<List<String>> hits = new ArrayList<>();
            for (String words : WORDS) {
                hits.add(Txn.calculateRead(dataset, () -> {
                    List<String> found = new ArrayList<>();
                    try (QueryExecution execution = QueryExecution.dataset(dataset).query("""
                            PREFIX text: <http://jena.apache.org/text#>
                            SELECT ?s WHERE { ?s text:query ("%s" 10000) }""".formatted(words)).build()) {
                        execution.execSelect().forEachRemaining(row -> found.add(row.getResource("s").getURI()));
                    }
                    found.sort(null);
                    return found;
                }));
            }
            return new Loaded(GraphsWithoutLoadTimes.of(dataset), hits);
        }

        List<Integer> hitCounts() {
            return hits.stream().map(List::size).toList();
        }
    }

    /** The local database, each document's quads added through jena-text's dataset, as the loader used to. */
    private static final class ThroughTheTextIndex implements DocumentTarget {

        private final KnowledgeGraphStore store;
        private final DatabaseTarget database;

        ThroughTheTextIndex(KnowledgeGraphStore store) {
            this.store = store;
            this.database = new DatabaseTarget(store);
        }

        @Override
        public void installReferenceGraphsIfMissing() {
            database.installReferenceGraphsIfMissing();
        }

        @Override
        public void installLocalAuthorities(Path turtle) {
            database.installLocalAuthorities(turtle);
        }

        @Override
        public Model authorities() {
            return database.authorities();
        }

        @Override
        public <R> R replaceGraph(String graphIri, GraphWrite<R> write) {
            Dataset dataset = store.dataset();
            return Txn.calculateWrite(dataset, () -> {
                DatasetGraph graphs = dataset.asDatasetGraph();
                Node name = NodeFactory.createURI(graphIri);
                graphs.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
                return write.write(query -> QueryExecution.dataset(dataset).query(query).build(),
                        StreamRDFLib.dataset(graphs));
            });
        }

        @Override
        public <R> R inOneTransaction(Supplier<R> work) {
            return database.inOneTransaction(work);
        }

        @Override
        public void recomputeDerivedFacts() {
            database.recomputeDerivedFacts();
        }
    }
}
