package org.ofstedkg.service;

import java.util.Set;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiAutoModule;
import org.apache.jena.rdf.model.Model;

/**
 * ofsted-kg for a stock Fuseki main: found by Java's {@link java.util.ServiceLoader} through
 * {@code META-INF/services/org.apache.jena.fuseki.main.sys.FusekiAutoModule}, so that a Fuseki server with the
 * project's jar on its class path and {@code config.ttl} as its configuration serves linked data, the authority
 * look-up, VoID and the dumps, not just SPARQL. It prepares every module of {@link ServiceModules}, with the default
 * settings; a server with no service {@code /ds} is left as it is (the jar may sit beside other datasets).
 */
public final class KnowledgeGraphAutoModule implements FusekiAutoModule {

    /** Stock Fuseki makes auto modules with a public constructor without arguments. */
    public KnowledgeGraphAutoModule() {}

    @Override
    public String name() {
        return "ofsted-kg";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        if (!datasetNames.contains("/" + KnowledgeGraphServer.SERVICE)) {
            Fuseki.configLog.info("ofsted-kg: no service /{}, so no linked data, VoID or dumps", KnowledgeGraphServer.SERVICE);
            return;
        }
        ServiceModules.all(ServiceSettings.DEFAULT_HTML_ROW_CAP, ServiceSettings.DEFAULT_QUERY_TIMEOUT)
                .forEach(module -> module.prepare(builder, datasetNames, configModel));
    }
}
