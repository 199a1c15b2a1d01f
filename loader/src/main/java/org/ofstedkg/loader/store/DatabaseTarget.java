package org.ofstedkg.loader.store;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateExecution;
import org.apache.jena.update.UpdateRequest;
import org.ofstedkg.loader.derive.DerivedFacts;
import org.ofstedkg.ontology.Iris;

/**
 * Documents written straight into a local TDB2 database ({@link KnowledgeGraphStore}): each graph in one write
 * transaction, in which the identity queries see the database as it is.
 */
public final class DatabaseTarget implements DocumentTarget {

    private final KnowledgeGraphStore store;

    public DatabaseTarget(KnowledgeGraphStore store) {
        this.store = store;
    }

    @Override
    public void installReferenceGraphsIfMissing() {
        Dataset dataset = store.dataset();
        if (!Txn.calculateRead(dataset, () -> dataset.containsNamedModel(Iris.VOCABULARY_GRAPH))) {
            store.installReferenceGraphs();
        }
    }

    @Override
    public void installLocalAuthorities(Path turtle) {
        store.installLocalAuthorities(turtle);
    }

    @Override
    public Model authorities() {
        return store.authorities();
    }

    @Override
    public <R> R replaceGraph(String graphIri, GraphWrite<R> write) {
        Dataset dataset = store.dataset();
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph graphs = dataset.asDatasetGraph();
            Node name = NodeFactory.createURI(graphIri);
            graphs.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
            return write.write(query -> QueryExecution.dataset(dataset).query(query).build(),
                    GraphReplacement.of(name, graphs));
        });
    }

    /** Jena's {@link Txn} joins a write transaction already open, so each {@link #replaceGraph} inside is part of it. */
    @Override
    public <R> R inOneTransaction(Supplier<R> work) {
        return Txn.calculateWrite(store.dataset(), work);
    }

    @Override
    public QueryExecution query(Query query) {
        return QueryExecution.dataset(store.dataset()).query(query).build();
    }

    /** Jena's {@link Txn} joins the write transaction of {@link #inOneTransaction} when one is open. */
    @Override
    public void update(UpdateRequest update) {
        Dataset dataset = store.dataset();
        Txn.executeWrite(dataset, () -> UpdateExecution.dataset(dataset).update(update).execute());
    }

    @Override
    public void markDerivedFactsOutdated() {
        DerivedFacts.markOutdated(store.dataset());
    }

    @Override
    public void recomputeDerivedFacts() {
        DerivedFacts.recompute(store.dataset());
    }
}
