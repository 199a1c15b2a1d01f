package org.ofstedkg.service;

import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.ofstedkg.loader.gazetteer.Authority;
import org.ofstedkg.loader.gazetteer.Gazetteer;
import org.ofstedkg.ontology.Iris;
import org.ofstedkg.ontology.OntologyResources;

/**
 * Finds an authority for people who do not know its IRI: by Ofsted URN, ONS GSS code or name, through the loader's
 * gazetteer over the authorities the database holds (the bundled gazetteer and any local additions), so that a
 * name resolves here exactly as it does when a report is loaded.
 */
final class AuthorityLookup {

    private AuthorityLookup() {}

    /** The authority the first given key names; a name that fits two authorities names neither. */
    static Optional<Authority> find(DatasetGraph dataset, String urn, String gss, String name) {
        Gazetteer gazetteer = Gazetteer.of(authorities(dataset));
        if (urn != null) {
            return gazetteer.byUrn(urn);
        }
        if (gss != null) {
            return gazetteer.byGssCode(gss.strip());
        }
        if (name != null) {
            return gazetteer.resolve(name);
        }
        return Optional.empty();
    }

    private static Model authorities(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            Model all = ModelFactory.createDefaultModel();
            org.apache.jena.graph.Node bundled = org.apache.jena.graph.NodeFactory.createURI(Iris.GAZETTEER_GRAPH);
            org.apache.jena.graph.Node local = org.apache.jena.graph.NodeFactory.createURI(Iris.LOCAL_GAZETTEER_GRAPH);
            if (dataset.containsGraph(bundled)) {
                dataset.getGraph(bundled).find().forEachRemaining(all.getGraph()::add);
            } else {
                all.add(OntologyResources.authorities());
            }
            if (dataset.containsGraph(local)) {
                dataset.getGraph(local).find().forEachRemaining(all.getGraph()::add);
            }
            return all;
        });
    }
}
