package org.ofstedkg.loader.store;

import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.update.UpdateRequest;

/**
 * Where loaded documents go: a TDB2 database on this machine ({@link DatabaseTarget}) or a running Fuseki server
 * reached through its authenticated service ({@link FusekiTarget}). Either way a document's graph replaces any
 * earlier graph of the same name as one transaction, so a failure never leaves a graph half written, and the
 * identity of inspections is decided by queries over what the target already holds.
 */
public interface DocumentTarget {

    /** Writes the ontology, vocabularies and gazetteer into their graphs when the target has none yet. */
    void installReferenceGraphsIfMissing();

    /** Replaces the local gazetteer graph by the authorities of a Turtle file in the gazetteer's shape. */
    void installLocalAuthorities(Path turtle);

    /** The authorities of the target's gazetteer graphs (the bundled gazetteer when it has none) and local additions. */
    Model authorities();

    /**
     * Replaces the named graph {@code graphIri} by the quads {@code write} sends to its sink, in one transaction.
     * {@code write} may ask questions of what the target already holds (other graphs than this one) before it
     * writes; when it throws, nothing of this graph is written.
     *
     * @return what {@code write} returned
     */
    <R> R replaceGraph(String graphIri, GraphWrite<R> write);

    /**
     * Runs {@code work}, which may replace several graphs, as one transaction where the target can (a local
     * database: one commit, one disk sync, for many documents); a server still takes each graph as its own request.
     */
    <R> R inOneTransaction(Supplier<R> work);

    /**
     * A query over everything the target holds; within {@link #inOneTransaction} on a local database, it sees that
     * transaction's writes.
     */
    QueryExecution query(Query query);

    /**
     * Runs a SPARQL Update over everything the target holds: within the transaction of {@link #inOneTransaction} on
     * a local database (and through its text index), as one request on a server.
     */
    void update(UpdateRequest update);

    /**
     * Marks the graph of derived facts outdated ({@code derive/outdated.ru}) until {@link #recomputeDerivedFacts}
     * replaces it; a load calls it before writing its first document.
     */
    void markDerivedFactsOutdated();

    /** Recomputes the graph of derived facts from the documents' graphs ({@code derive/weaknesses.ru}, {@code derive/inspections.ru}). */
    void recomputeDerivedFacts();

    /** Writes one graph, given a way to run SPARQL queries over the target and the sink for the graph's quads. */
    @FunctionalInterface
    interface GraphWrite<R> {
        R write(Function<Query, QueryExecution> queries, StreamRDF graph);
    }
}
