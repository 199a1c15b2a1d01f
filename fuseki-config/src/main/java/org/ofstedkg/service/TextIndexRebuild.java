package org.ofstedkg.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Makes a dataset's text index say what the dataset says: empties it and indexes every quad of an indexed
 * predicate. {@code kg load} writes straight into TDB2, past the index, so the service rebuilds it when it starts;
 * writes through the service (the admin endpoint) are indexed as they commit.
 */
public final class TextIndexRebuild {

    private TextIndexRebuild() {}

    /**
     * Rebuilds the index of a text dataset; a dataset without one is left alone.
     *
     * @return the number of entities indexed
     */
    public static long rebuild(DatasetGraph dataset) {
        if (!(dataset instanceof DatasetGraphText text)) {
            return 0;
        }
        TextIndex index = text.getTextIndex();
        EntityDefinition definition = index.getDocDef();
        DatasetGraph base = text.getBase();
        return Txn.calculateRead(base, () -> {
            if (index instanceof TextIndexLucene lucene) {
                try {
                    lucene.getIndexWriter().deleteAll();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot empty the text index", e);
                }
            }
            long count = 0;
            for (String field : definition.fields()) {
                for (Node predicate : definition.getPredicates(field)) {
                    Iterator<Quad> quads = base.find(Node.ANY, Node.ANY, predicate, Node.ANY);
                    while (quads.hasNext()) {
                        Entity entity = TextQueryFuncs.entityFromQuad(definition, quads.next());
                        if (entity != null) {
                            index.addEntity(entity);
                            count++;
                        }
                    }
                }
            }
            index.prepareCommit();
            index.commit();
            return count;
        });
    }
}
