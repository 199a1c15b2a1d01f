package org.ofstedkg.service;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.ofstedkg.queries.QueryCatalogue;

/**
 * The Fuseki module that serves the saved queries ({@code /queries}, see {@link SavedQueryServlet}) over the public
 * service's dataset, each run cancelled after the server's query timeout.
 */
public final class SavedQueryModule implements FusekiModule {

    private final long timeoutMillis;

    /** The module, with the time after which a saved query is cancelled (milliseconds). */
    public SavedQueryModule(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public String name() {
        return "ofsted-kg saved queries";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        String dataset = "/" + KnowledgeGraphServer.SERVICE;
        if (!datasetNames.contains(dataset)) {
            throw new IllegalStateException("the configuration has no service " + dataset + " to run saved queries on");
        }
        SavedQueryServlet queries = new SavedQueryServlet(QueryCatalogue.bundled(), dataset, timeoutMillis);
        builder.addServlet(SavedQueryApi.ROOT, queries).addServlet(SavedQueryApi.ROOT + "/*", queries);
    }
}
