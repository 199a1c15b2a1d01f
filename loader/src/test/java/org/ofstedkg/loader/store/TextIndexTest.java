package org.ofstedkg.loader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.ontology.Iris;
import org.ofstedkg.ontology.Ofk;

/** The store keeps its text index in step with every write, and says when it may not be. */
class TextIndexTest {

    @TempDir
    Path temp;

    private static final Quad STATEMENT = new Quad(NodeFactory.createURI(Iris.ID + "document/0123456789abcdef"),
            NodeFactory.createURI(Iris.ID + "document/0123456789abcdef/finding/1"), Ofk.text.asNode(),
            NodeFactory.createLiteralString("Private fostering arrangements are not assessed."));

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

    @Test
    void aWriteIsSearchableAndADeleteLeavesTheIndex() throws Exception {
        try (KnowledgeGraphStore store = KnowledgeGraphStore.openOrCreate(temp.resolve("db"))) {
            Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().add(STATEMENT));
            assertEquals(List.of(STATEMENT.getSubject().getURI()), search(store, "fostering"));
            Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().delete(STATEMENT));
            assertEquals(List.of(), search(store, "fostering"));
        }
    }

    @Test
    void theIndexIsBesideTheDatabaseAndMarkedInStepOnlyAfterACleanClose() throws Exception {
        Path db = temp.resolve("db");
        Path index = temp.resolve("db-text");
        assertEquals(index.toAbsolutePath(), TextIndex.folderOf(db));
        KnowledgeGraphStore store = KnowledgeGraphStore.openOrCreate(db);
        Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().add(STATEMENT));
        assertFalse(TextIndex.inStep(index), "a store open for writing may yet be killed");
        store.close();
        assertTrue(TextIndex.inStep(index));
    }

    @Test
    void anIndexNotInStepIsRebuiltFromTheDatabaseOnOpening() throws Exception {
        Path db = temp.resolve("db");
        try (KnowledgeGraphStore store = KnowledgeGraphStore.openOrCreate(db)) {
            Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().add(STATEMENT));
        }
        // As a process killed after TDB2 committed and before Lucene did would leave it: the index empty, no marker.
        try (var files = Files.list(TextIndex.folderOf(db))) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        try (KnowledgeGraphStore store = KnowledgeGraphStore.openExisting(db)) {
            assertEquals(List.of(STATEMENT.getSubject().getURI()), search(store, "fostering"));
        }
        assertTrue(TextIndex.inStep(TextIndex.folderOf(db)));
    }
}
