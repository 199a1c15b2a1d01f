package org.ofstedkg.loader.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.query.Dataset;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;
import org.ofstedkg.ontology.Iris;
import org.ofstedkg.ontology.OntologyResources;

/**
 * Checks a knowledge graph against the project's SHACL shapes.
 *
 * <p>The shapes are checked over the union of every graph in the database together with the bundled ontology and
 * vocabularies: shapes target classes through rdfs:subClassOf (a shape for source documents applies to inspection
 * reports) and check that concepts belong to their scheme, and both need the vocabulary beside the data.
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

    /** Validates every graph of {@code dataset}, in one read transaction. */
    public ValidationReport validate(Dataset dataset) {
        Graph vocabulary = OntologyResources.ontologyWithVocabularies().getGraph();
        return Txn.calculateRead(dataset, () -> {
            boolean hasVocabulary = dataset.containsNamedModel(Iris.VOCABULARY_GRAPH);
            Graph union = dataset.asDatasetGraph().getUnionGraph();
            Graph data = hasVocabulary ? union : new MultiUnion(new Graph[] {union, vocabulary});
            return ShaclValidator.get().validate(shapes, data);
        });
    }

    /** Validates one graph, for callers that hold a document's graph before storing it. */
    public ValidationReport validate(Graph graph) {
        Graph data = new MultiUnion(new Graph[] {graph, OntologyResources.ontologyWithVocabularies().getGraph()});
        return ShaclValidator.get().validate(shapes, data);
    }
}
