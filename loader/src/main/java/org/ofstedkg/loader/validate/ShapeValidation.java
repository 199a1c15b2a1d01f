package org.ofstedkg.loader.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.query.Dataset;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.ofstedkg.ontology.Iris;
import org.ofstedkg.ontology.OntologyResources;

/**
 * Checks a knowledge graph against the project's SHACL shapes, one named graph at a time.
 *
 * <p>Each document's graph is checked on its own, together with the ontology, the vocabularies and the gazetteer:
 * shapes target classes through rdfs:subClassOf (a shape for source documents applies to inspection reports), check
 * that concepts belong to their scheme and that an inspected authority is a local authority, and all of that needs
 * the reference graphs beside the data. Graphs are not checked as one union, because documents may disagree (a
 * council paper and Ofsted's report give an inspection different first days) and each says one thing.
 */
public final class ShapeValidation {

    private final Shapes shapes;

    /** A validation against the bundled shapes. */
    public ShapeValidation() {
        this(Shapes.parse(OntologyResources.shapes().getGraph()));
    }

    /** A validation against {@code shapes}. */
    public ShapeValidation(Shapes shapes) {
        this.shapes = shapes;
    }

    /** Validates every named graph of {@code dataset} and its default graph, in one read transaction. */
    public ValidationReport validate(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph graphs = dataset.asDatasetGraph();
            Graph reference = reference(graphs);
            Map<String, ReportEntry> combined = new LinkedHashMap<>();
            List<Node> names = new ArrayList<>();
            graphs.listGraphNodes().forEachRemaining(names::add);
            for (Node name : names) {
                if (!isReference(name)) {
                    check(graphs.getGraph(name), reference, combined);
                }
            }
            if (!graphs.getDefaultGraph().isEmpty()) {
                check(graphs.getDefaultGraph(), reference, combined);
            }
            check(Graph.emptyGraph, reference, combined);
            ValidationReport.Builder report = ValidationReport.create();
            combined.values().forEach(report::addReportEntry);
            return report.build();
        });
    }

    /** Validates one graph (a document's, before it is stored) with the bundled reference graphs. */
    public ValidationReport validate(Graph graph) {
        Map<String, ReportEntry> entries = new LinkedHashMap<>();
        check(graph, bundledReference(), entries);
        ValidationReport.Builder report = ValidationReport.create();
        entries.values().forEach(report::addReportEntry);
        return report.build();
    }

    /**
     * Checks one graph with the reference graphs beside it; the reference graphs' own findings recur for every
     * graph, so entries are kept once.
     */
    private void check(Graph data, Graph reference, Map<String, ReportEntry> entries) {
        ValidationReport report = ShaclValidator.get().validate(shapes, new MultiUnion(new Graph[] {data, reference}));
        for (ReportEntry entry : report.getEntries()) {
            entries.putIfAbsent(entry.focusNode() + " " + entry.resultPath() + " " + entry.message() + " " + entry.value(), entry);
        }
    }

    private static boolean isReference(Node name) {
        String iri = name.getURI();
        return iri.equals(Iris.VOCABULARY_GRAPH) || iri.equals(Iris.GAZETTEER_GRAPH) || iri.equals(Iris.LOCAL_GAZETTEER_GRAPH);
    }

    /** The database's own reference graphs, or the bundled ones where it lacks them. */
    private static Graph reference(DatasetGraph graphs) {
        Node vocabulary = org.apache.jena.graph.NodeFactory.createURI(Iris.VOCABULARY_GRAPH);
        Node gazetteer = org.apache.jena.graph.NodeFactory.createURI(Iris.GAZETTEER_GRAPH);
        Node local = org.apache.jena.graph.NodeFactory.createURI(Iris.LOCAL_GAZETTEER_GRAPH);
        MultiUnion union = new MultiUnion();
        union.addGraph(graphs.containsGraph(vocabulary) ? graphs.getGraph(vocabulary)
                : OntologyResources.ontologyWithVocabularies().getGraph());
        union.addGraph(graphs.containsGraph(gazetteer) ? graphs.getGraph(gazetteer) : OntologyResources.authorities().getGraph());
        if (graphs.containsGraph(local)) {
            union.addGraph(graphs.getGraph(local));
        }
        return union;
    }

    private static Graph bundledReference() {
        MultiUnion union = new MultiUnion();
        union.addGraph(OntologyResources.ontologyWithVocabularies().getGraph());
        union.addGraph(OntologyResources.authorities().getGraph());
        return union;
    }
}
