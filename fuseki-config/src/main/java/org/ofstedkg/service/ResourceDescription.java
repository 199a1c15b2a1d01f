package org.ofstedkg.service;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.ofstedkg.ontology.Iris;
import org.ofstedkg.ontology.OntologyResources;
import org.ofstedkg.ontology.W3c;

/**
 * What the server says about one resource: its concise bounded description over every graph of the dataset (its
 * triples, and those of the blank nodes they reach), plus the labels ({@code rdfs:label}, {@code skos:prefLabel},
 * {@code foaf:name}) of the resources it links to, so that a client can show them without asking again.
 */
public final class ResourceDescription {

    private static final List<Node> LABELS = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), W3c.foafName.asNode());

    private ResourceDescription() {}

    /** The description of {@code iri} in the dataset; empty when the dataset says nothing about it. */
    public static Model describe(DatasetGraph dataset, String iri) {
        return Txn.calculateRead(dataset, () -> describe(dataset.getUnionGraph(), iri));
    }

    /**
     * The description of an ontology term or the ontology: from the dataset's vocabulary graph when it has one,
     * otherwise from the ontology the server was built with. The ontology IRI describes the whole ontology.
     */
    public static Model describeTerm(DatasetGraph dataset, String iri) {
        if (iri.equals(Iris.ONTOLOGY)) {
            return OntologyResources.ontologyWithVocabularies();
        }
        Model fromDataset = describe(dataset, iri);
        return fromDataset.isEmpty() ? describe(OntologyResources.ontologyWithVocabularies().getGraph(), iri) : fromDataset;
    }

    /** Whether the dataset has any triple about {@code iri}. */
    public static boolean exists(DatasetGraph dataset, String iri) {
        Node node = NodeFactory.createURI(iri);
        return Txn.calculateRead(dataset, () -> dataset.find(Node.ANY, node, Node.ANY, Node.ANY).hasNext());
    }

    static Model describe(Graph graph, String iri) {
        Graph out = ModelFactory.createDefaultModel().getGraph();
        Set<Node> seen = new HashSet<>();
        Set<Node> linked = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.add(NodeFactory.createURI(iri));
        while (!todo.isEmpty()) {
            Node subject = todo.pop();
            if (!seen.add(subject)) {
                continue;
            }
            Iterator<Triple> triples = graph.find(subject, Node.ANY, Node.ANY);
            while (triples.hasNext()) {
                Triple t = triples.next();
                out.add(t);
                if (t.getObject().isBlank()) {
                    todo.add(t.getObject());
                } else if (t.getObject().isURI()) {
                    linked.add(t.getObject());
                }
            }
        }
        for (Node resource : linked) {
            for (Node label : LABELS) {
                graph.find(resource, label, Node.ANY).forEachRemaining(out::add);
            }
        }
        Model model = ModelFactory.createModelForGraph(out);
        model.setNsPrefixes(prefixes());
        return model;
    }

    /** The prefixes every document of the service uses. */
    public static PrefixMapping prefixes() {
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(PrefixMapping.Standard);
        prefixes.setNsPrefix("ofk", Iris.DEF);
        prefixes.setNsPrefix("skos", SKOS.uri);
        prefixes.setNsPrefix("prov", W3c.PROV);
        prefixes.setNsPrefix("org", W3c.ORG);
        prefixes.setNsPrefix("foaf", W3c.FOAF);
        prefixes.setNsPrefix("oa", W3c.OA);
        prefixes.setNsPrefix("nif", W3c.NIF);
        prefixes.setNsPrefix("dcterms", "http://purl.org/dc/terms/");
        prefixes.setNsPrefix("void", "http://rdfs.org/ns/void#");
        prefixes.setNsPrefix("dcat", "http://www.w3.org/ns/dcat#");
        prefixes.setNsPrefix("sd", "http://www.w3.org/ns/sparql-service-description#");
        return prefixes;
    }
}
