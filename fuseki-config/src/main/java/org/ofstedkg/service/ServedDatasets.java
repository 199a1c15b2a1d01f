package org.ofstedkg.service;

import jakarta.servlet.ServletContext;
import java.util.Optional;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The datasets a running Fuseki server serves, as the project's servlets find them: by name ({@code /ds}), in the
 * registry of the servlet context, so that a servlet works the same under {@code kg serve} and a stock Fuseki.
 */
final class ServedDatasets {

    private ServedDatasets() {}

    /** The dataset served as {@code datasetName}, if the server has one. */
    static Optional<DatasetGraph> find(ServletContext context, String datasetName) {
        DataAccessPoint access = DataAccessPointRegistry.get(context).get(datasetName);
        return Optional.ofNullable(access).map(point -> point.getDataService().getDataset());
    }

    /** The dataset served as {@code datasetName}; a module registers its servlets only where there is one. */
    static DatasetGraph of(ServletContext context, String datasetName) {
        return find(context, datasetName)
                .orElseThrow(() -> new IllegalStateException("the server has no dataset " + datasetName));
    }
}
