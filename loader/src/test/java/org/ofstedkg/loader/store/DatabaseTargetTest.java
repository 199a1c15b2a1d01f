package org.ofstedkg.loader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A local database as the loader's target: a graph replaced whole, queries over the others, transactions. */
class DatabaseTargetTest {

    private static final String A = "https://w3id.org/ofsted-kg/id/document/00000000000000aa";
    private static final String B = "https://w3id.org/ofsted-kg/id/document/00000000000000bb";

    @TempDir
    Path temp;

    private static void label(org.apache.jena.riot.system.StreamRDF graph, String graphIri, String label) {
        graph.quad(Quad.create(NodeFactory.createURI(graphIri), NodeFactory.createURI(graphIri),
                org.apache.jena.vocabulary.RDFS.label.asNode(), NodeFactory.createLiteralString(label)));
    }

    private static List<String> labels(KnowledgeGraphStore store, String graphIri) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> labels = new ArrayList<>();
            store.dataset().getNamedModel(graphIri).listObjects().forEachRemaining(o -> labels.add(o.toString()));
            return labels;
        });
    }

    @Test
    void aGraphIsReplacedWholeAndTheWriteSeesTheOtherGraphs() throws Exception {
        try (KnowledgeGraphStore store = KnowledgeGraphStore.openOrCreate(temp.resolve("db"))) {
            DatabaseTarget target = new DatabaseTarget(store);
            target.replaceGraph(A, (queries, graph) -> {
                label(graph, A, "first");
                return null;
            });
            target.replaceGraph(A, (queries, graph) -> {
                label(graph, A, "second");
                return null;
            });
            assertEquals(List.of("second"), labels(store, A));
            boolean seen = target.replaceGraph(B, (queries, graph) -> {
                try (QueryExecution ask = queries.apply(QueryFactory.create("ASK { GRAPH <" + A + "> { ?s ?p \"second\" } }"))) {
                    return ask.execAsk();
                }
            });
            assertTrue(seen);
        }
    }

    @Test
    void graphsWrittenInOneTransactionCommitTogetherOrNotAtAll() throws Exception {
        try (KnowledgeGraphStore store = KnowledgeGraphStore.openOrCreate(temp.resolve("db"))) {
            DatabaseTarget target = new DatabaseTarget(store);
            assertThrows(IllegalStateException.class, () -> target.inOneTransaction(() -> {
                target.replaceGraph(A, (queries, graph) -> {
                    label(graph, A, "a");
                    return null;
                });
                return target.replaceGraph(B, (queries, graph) -> {
                    throw new IllegalStateException("the second document fails");
                });
            }));
            assertFalse(Txn.calculateRead(store.dataset(), () -> store.dataset().containsNamedModel(A)));
            target.inOneTransaction(() -> {
                target.replaceGraph(A, (queries, graph) -> {
                    label(graph, A, "a");
                    return null;
                });
                return target.replaceGraph(B, (queries, graph) -> {
                    label(graph, B, "b");
                    return null;
                });
            });
            assertEquals(List.of("a"), labels(store, A));
            assertEquals(List.of("b"), labels(store, B));
        }
    }
}
