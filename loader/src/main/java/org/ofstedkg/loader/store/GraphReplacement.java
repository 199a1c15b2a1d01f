package org.ofstedkg.loader.store;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.changes.TextQuadAction;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Where a document's new graph is written, inside the write transaction that has just emptied that graph: each quad
 * goes straight into the database under the text index, and the quads of indexed predicates to the index as well.
 *
 * <p>Why not simply add to the indexed dataset: jena-text's dataset first asks the database whether each quad is
 * already there (so as not to index it twice), a B+tree look-up and a node-table look-up per node for every one of a
 * document's thousands of quads, all of them new. In a graph just emptied a quad can only be there if this write
 * wrote it before, so remembering the indexed quads written is the same answer. Quads of any other graph take the
 * indexed dataset's own path, as do triples and prefixes.
 */
final class GraphReplacement extends StreamRDFWrapper {

    private final Node graph;
    private final DatasetGraph database;
    private final DatasetGraphText text;
    private final EntityDefinition entities;
    private final Set<Quad> indexedWritten = new HashSet<>();

    private GraphReplacement(Node graph, DatasetGraph indexed) {
        super(StreamRDFLib.dataset(indexed));
        this.graph = graph;
        this.text = indexed instanceof DatasetGraphText t ? t : null;
        this.database = text == null ? indexed : text.getBase();
        this.entities = text == null ? null : text.getTextIndex().getDocDef();
    }

    /** The sink for the new quads of {@code graph}, which the current write transaction of {@code indexed} emptied. */
    static StreamRDF of(Node graph, DatasetGraph indexed) {
        return new GraphReplacement(graph, indexed);
    }

    @Override
    public void quad(Quad quad) {
        if (text == null || !graph.equals(quad.getGraph())) {
            super.quad(quad);
        } else if (entities.getField(quad.getPredicate()) == null) {
            database.add(quad);
        } else if (indexedWritten.add(quad)) {
            database.add(quad);
            text.getMonitor().change(TextQuadAction.ADD, quad.getGraph(), quad.getSubject(), quad.getPredicate(),
                    quad.getObject());
        }
    }
}
