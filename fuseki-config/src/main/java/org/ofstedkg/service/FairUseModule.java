package org.ofstedkg.service;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * The Fuseki module that holds the public service to fair use ({@link FairUseFilter}): a cap on request bodies and a
 * per-client budget of query time per minute. Only the public service {@code /ds} is filtered; the authenticated
 * {@code /ds-admin} is for the project's own loads.
 */
public final class FairUseModule implements FusekiModule {

    private final FairUseSettings settings;

    public FairUseModule(FairUseSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "ofsted-kg fair use";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        // "/ds/*" also matches "/ds" itself (servlet path rules).
        builder.addFilter("/" + KnowledgeGraphServer.SERVICE + "/*", new FairUseFilter(settings));
    }
}
