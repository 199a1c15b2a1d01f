package org.ofstedkg.loader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.ontology.Iris;
import org.ofstedkg.ontology.Ofk;

/** A graph written beside the text index: every quad stored, each indexed quad indexed once, however often written. */
class GraphReplacementTest {

    @TempDir
    Path temp;

    private static final Node GRAPH = NodeFactory.createURI(Iris.ID + "document/0123456789abcdef");
    private static final Node FINDING = NodeFactory.createURI(Iris.ID + "document/0123456789abcdef/finding/1");
    private static final Quad TEXT = new Quad(GRAPH, FINDING, Ofk.text.asNode(),
            NodeFactory.createLiteralString("Private fostering arrangements are not assessed."));
    private static final Quad STATED_IN = new Quad(GRAPH, FINDING, Ofk.statedIn.asNode(),
            NodeFactory.createURI(Iris.ID + "document/0123456789abcdef"));

    @Test
    void aQuadWrittenTwiceIsStoredAndIndexedOnce() throws Exception {
        try (KnowledgeGraphStore store = KnowledgeGraphStore.openOrCreate(temp.resolve("db"))) {
            Txn.executeWrite(store.dataset(), () -> {
                store.dataset().asDatasetGraph().deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY);
                StreamRDF sink = GraphReplacement.of(GRAPH, store.dataset().asDatasetGraph());
                sink.quad(TEXT);
                sink.quad(STATED_IN);
                sink.quad(TEXT);
                sink.quad(STATED_IN);
            });
            assertEquals(2L, (long) Txn.calculateRead(store.dataset(),
                    () -> org.apache.jena.atlas.iterator.Iter.count(store.dataset().asDatasetGraph().find(GRAPH, null, null, null))));
            assertEquals(List.of(FINDING.getURI()), search(store, "fostering"));
        }
    }

    private static List<String> search(KnowledgeGraphStore store, String words) {
        List<String> found = new ArrayList<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution execution = QueryExecution.dataset(store.dataset()).query("""
                    PREFIX text: <http://jena.apache.org/text#>
                    PREFIX ofk: <https://w3id.org/ofsted-kg/def/>
                    SELECT ?s WHERE { ?s text:query (ofk:text "%s") }""".formatted(words)).build()) {
                execution.execSelect().forEachRemaining(row -> found.add(row.getResource("s").getURI()));
            }
        });
        return found;
    }
}
