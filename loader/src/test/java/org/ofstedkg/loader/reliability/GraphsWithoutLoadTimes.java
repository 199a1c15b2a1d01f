package org.ofstedkg.loader.reliability;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.ofstedkg.ontology.W3c;

/**
 * A database's named graphs, copied out with the one kind of triple that must differ between two loads of the same
 * documents removed: {@code prov:startedAtTime}, when a document's load (or the derived graph's computation) ran.
 * Everything else the loader writes follows from the documents alone, so two loads of the same documents must agree
 * on it, graph by graph.
 */
final class GraphsWithoutLoadTimes {

    static final Node STARTED_AT_TIME = W3c.provStartedAtTime.asNode();

    private GraphsWithoutLoadTimes() {}

    /** Every named graph by its name, each a copy without its load times. */
    static Map<String, Graph> of(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            Map<String, Graph> graphs = new TreeMap<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(name -> {
                Graph copy = GraphFactory.createGraphMem();
                dataset.asDatasetGraph().getGraph(name).find().forEach(triple -> {
                    if (!triple.getPredicate().equals(STARTED_AT_TIME)) {
                        copy.add(triple);
                    }
                });
                graphs.put(name.getURI(), copy);
            });
            return graphs;
        });
    }

    /** The names of the graphs where {@code actual} differs from {@code expected} (missing, extra or not isomorphic). */
    static java.util.List<String> differences(Map<String, Graph> expected, Map<String, Graph> actual) {
        java.util.Set<String> names = new java.util.TreeSet<>(expected.keySet());
        names.addAll(actual.keySet());
        return names.stream().filter(name -> !expected.containsKey(name) || !actual.containsKey(name)
                || !expected.get(name).isIsomorphicWith(actual.get(name))).toList();
    }
}
