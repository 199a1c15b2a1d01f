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

    /**
     * The graphs with every occurrence of each key of {@code swaps} in an IRI, a literal or a graph name replaced by
     * its value: how a document loaded from a copy of a file under another name and digest is compared with the
     * original's.
     */
    static Map<String, Graph> swapped(Map<String, Graph> graphs, Map<String, String> swaps) {
        Map<String, Graph> result = new TreeMap<>();
        graphs.forEach((name, graph) -> {
            Graph copy = GraphFactory.createGraphMem();
            graph.find().forEach(t -> copy.add(org.apache.jena.graph.Triple.create(
                    swapped(t.getSubject(), swaps), swapped(t.getPredicate(), swaps), swapped(t.getObject(), swaps))));
            result.put(swapped(name, swaps), copy);
        });
        return result;
    }

    private static Node swapped(Node node, Map<String, String> swaps) {
        if (node.isURI()) {
            return org.apache.jena.graph.NodeFactory.createURI(swapped(node.getURI(), swaps));
        }
        if (node.isLiteral() && node.getLiteralLanguage().isEmpty()) {
            return org.apache.jena.graph.NodeFactory.createLiteralDT(
                    swapped(node.getLiteralLexicalForm(), swaps), node.getLiteralDatatype());
        }
        if (node.isLiteral()) {
            return org.apache.jena.graph.NodeFactory.createLiteralLang(
                    swapped(node.getLiteralLexicalForm(), swaps), node.getLiteralLanguage());
        }
        return node;
    }

    private static String swapped(String text, Map<String, String> swaps) {
        String result = text;
        for (Map.Entry<String, String> swap : swaps.entrySet()) {
            result = result.replace(swap.getKey(), swap.getValue());
        }
        return result;
    }

    /** The names of the graphs where {@code actual} differs from {@code expected} (missing, extra or not isomorphic). */
    static java.util.List<String> differences(Map<String, Graph> expected, Map<String, Graph> actual) {
        java.util.Set<String> names = new java.util.TreeSet<>(expected.keySet());
        names.addAll(actual.keySet());
        return names.stream().filter(name -> !expected.containsKey(name) || !actual.containsKey(name)
                || !expected.get(name).isIsomorphicWith(actual.get(name))).toList();
    }
}
