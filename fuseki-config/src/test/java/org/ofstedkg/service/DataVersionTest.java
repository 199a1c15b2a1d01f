package org.ofstedkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The data version a read sees: TDB2's count of committed writes, through jena-text's dataset; none elsewhere. */
class DataVersionTest {

    private static final Quad QUAD = Quad.create(NodeFactory.createURI("urn:x-test:g"), NodeFactory.createURI("urn:x-test:s"),
            NodeFactory.createURI("urn:x-test:p"), NodeFactory.createLiteralString("o"));

    @Test
    void aCommittedWriteThroughTheTextIndexMovesTheVersionAndAReadDoesNot() {
        DatasetGraph database = DatabaseMgr.createDatasetGraph();
        DatasetGraph text = TextDatasetFactory.createLucene(database, new ByteBuffersDirectory(),
                new TextIndexConfig(new EntityDefinition("uri", "text")));
        DataVersion before = Txn.calculateRead(text, () -> DataVersion.seenBy(text));
        assertNotNull(before);
        assertEquals(before, Txn.calculateRead(text, () -> DataVersion.seenBy(text)));
        Txn.executeWrite(text, () -> text.add(QUAD));
        DataVersion after = Txn.calculateRead(text, () -> DataVersion.seenBy(text));
        assertEquals(before.database(), after.database());
        assertEquals(before.commits() + 1, after.commits());
    }

    @Test
    void aDatasetNotStoredInTdb2HasNoVersion() {
        DatasetGraph memory = DatasetGraphFactory.createTxnMem();
        assertNull(Txn.calculateRead(memory, () -> DataVersion.seenBy(memory)));
    }
}
