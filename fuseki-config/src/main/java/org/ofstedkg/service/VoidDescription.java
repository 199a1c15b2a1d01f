package org.ofstedkg.service;

import java.util.List;
import java.util.TreeSet;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.ofstedkg.loader.store.DatasetDump;
import org.ofstedkg.ontology.Iris;
import org.ofstedkg.ontology.W3c;

/**
 * The dataset described in VoID and DCAT, for {@code /.well-known/void}: its size (quads over all graphs, and how
 * many named graphs: one per source document plus the reference graphs), the vocabularies its predicates come
 * from, example resources, its URI space, its licence, and where its SPARQL endpoint and its dumps (gzipped N-Quads
 * and TriG, as DCAT distributions with media type and licence) are on this server.
 */
public final class VoidDescription {

    /** The IRI of the dataset as a whole. */
    public static final String DATASET = Iris.ID + "dataset";

    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    /** DCAT names media types by their IANA registry IRIs. */
    static final String IANA = "http://www.iana.org/assignments/media-types/";

    private VoidDescription() {}

    /**
     * The description, with endpoints under {@code serverBase} (such as {@code http://localhost:3030}) and the
     * public service's name.
     */
    public static Model describe(DatasetGraph dataset, String serverBase, String serviceName) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(ResourceDescription.prefixes());
        Property p = model.createProperty(VOID + "triples");
        Resource description = model.createResource(serverBase + "/.well-known/void");
        Resource ds = model.createResource(DATASET);
        String endpoint = serverBase + "/" + serviceName + "/sparql";
        description.addProperty(RDF.type, model.createResource(VOID + "DatasetDescription"))
                .addProperty(model.createProperty(W3c.FOAF + "primaryTopic"), ds)
                .addProperty(DCTerms.title, "Description of the ofsted-kg dataset");
        ds.addProperty(RDF.type, model.createResource(VOID + "Dataset"))
                .addProperty(RDF.type, model.createResource(DCAT + "Dataset"))
                .addProperty(DCTerms.title, "ofsted-kg")
                .addProperty(DCTerms.description, "Ofsted's inspections of English local authority children's services, "
                        + "one named graph per source document, every fact traceable to its text.")
                .addProperty(DCTerms.license, model.createResource(DocumentDescription.LICENCE))
                .addProperty(model.createProperty(VOID + "uriSpace"), Iris.ID)
                .addProperty(model.createProperty(VOID + "sparqlEndpoint"), model.createResource(endpoint))
                .addProperty(model.createProperty(VOID + "rootResource"), model.createResource(Iris.ONTOLOGY));
        Resource service = model.createResource(endpoint)
                .addProperty(RDF.type, model.createResource(DCAT + "DataService"))
                .addProperty(RDF.type, model.createResource(SD + "Service"))
                .addProperty(model.createProperty(DCAT + "endpointURL"), model.createResource(endpoint))
                .addProperty(model.createProperty(SD + "endpoint"), model.createResource(endpoint))
                .addProperty(model.createProperty(DCAT + "servesDataset"), ds);
        ds.addProperty(model.createProperty(DCAT + "distribution"), model.createResource()
                .addProperty(RDF.type, model.createResource(DCAT + "Distribution"))
                .addProperty(model.createProperty(DCAT + "accessService"), service));
        for (DatasetDump.Format format : DatasetDump.Format.values()) {
            Resource dump = model.createResource(serverBase + DumpServlet.PATH + DumpServlet.fileName(format));
            ds.addProperty(model.createProperty(VOID + "dataDump"), dump);
            ds.addProperty(model.createProperty(DCAT + "distribution"), model.createResource()
                    .addProperty(RDF.type, model.createResource(DCAT + "Distribution"))
                    .addProperty(DCTerms.title, "The whole dataset, every named graph, as gzipped "
                            + (format == DatasetDump.Format.NQUADS ? "N-Quads" : "TriG"))
                    .addProperty(model.createProperty(DCAT + "downloadURL"), dump)
                    .addProperty(model.createProperty(DCAT + "mediaType"), model.createResource(IANA + format.mediaType()))
                    .addProperty(model.createProperty(DCAT + "compressFormat"), model.createResource(IANA + "application/gzip"))
                    .addProperty(DCTerms.license, model.createResource(DocumentDescription.LICENCE)));
        }
        Txn.executeRead(dataset, () -> {
            long quads = Iter.count(dataset.find());
            long graphs = Iter.count(dataset.listGraphNodes());
            ds.addProperty(p, integer(model, quads));
            // VoID counts a dataset's documents; here every named graph but the reference ones is one document.
            ds.addProperty(model.createProperty(VOID + "documents"), integer(model, graphs - referenceGraphs(dataset)));
            ds.addProperty(model.createProperty(VOID + "vocabulary"), model.createResource(Iris.DEF));
            for (String namespace : vocabularies(dataset)) {
                ds.addProperty(model.createProperty(VOID + "vocabulary"), model.createResource(namespace));
            }
            Model union = ModelFactory.createModelForGraph(dataset.getUnionGraph());
            for (String query : List.of(
                    "SELECT ?x { ?i <" + Iris.DEF + "inspectedAuthority> ?x } ORDER BY ?x LIMIT 1",
                    "SELECT ?x { ?x <" + Iris.DEF + "inspectedAuthority> ?a } ORDER BY ?x LIMIT 1",
                    "SELECT ?x { ?x <" + Iris.DEF + "describes> ?i } ORDER BY ?x LIMIT 1")) {
                try (QueryExecution execution = QueryExecution.model(union).query(query).build()) {
                    execution.execSelect().forEachRemaining((QuerySolution row) ->
                            ds.addProperty(model.createProperty(VOID + "exampleResource"), row.getResource("x")));
                }
            }
            long reference = referenceGraphs(dataset);
            ds.addProperty(org.apache.jena.vocabulary.RDFS.comment, graphs + " named graphs: one per source document, "
                    + reference + " of reference data (ontology, gazetteer, derived facts).");
        });
        return model;
    }

    private static org.apache.jena.rdf.model.Literal integer(Model model, long value) {
        return model.createTypedLiteral(Long.toString(value), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
    }

    private static long referenceGraphs(DatasetGraph dataset) {
        return List.of(Iris.VOCABULARY_GRAPH, Iris.GAZETTEER_GRAPH, Iris.LOCAL_GAZETTEER_GRAPH, Iris.DERIVED_GRAPH)
                .stream().filter(g -> dataset.containsGraph(org.apache.jena.graph.NodeFactory.createURI(g))).count();
    }

    /** The namespaces of the predicates the dataset uses, other than the project's own. */
    private static TreeSet<String> vocabularies(DatasetGraph dataset) {
        TreeSet<String> namespaces = new TreeSet<>();
        TreeSet<Node> predicates = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        try (QueryExecution execution = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dataset))
                .query("SELECT DISTINCT ?p { GRAPH ?g { ?s ?p ?o } }").build()) {
            execution.execSelect().forEachRemaining(row -> predicates.add(row.get("p").asNode()));
        }
        for (Node predicate : predicates) {
            String iri = predicate.getURI();
            int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1;
            String namespace = iri.substring(0, cut);
            if (!namespace.startsWith(Iris.BASE)) {
                namespaces.add(namespace);
            }
        }
        return namespaces;
    }
}
