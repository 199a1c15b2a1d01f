package org.ofstedkg.service;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * The Fuseki module of ofsted-kg: adds to a Fuseki main server the linked-data paths ({@code /id/...},
 * {@code /def/...}, {@code /doc/...}, the authority look-up), {@code /.well-known/void} and the dumps ({@code /dumps/...}), all
 * answered from the public service's dataset. It changes no Fuseki service: SPARQL, the Graph Store and their limits stay Fuseki's.
 */
public final class LinkedDataModule implements FusekiModule {

    private final int htmlRowCap;

    /** The module, with the most rows an HTML page lists per table. */
    public LinkedDataModule(int htmlRowCap) {
        this.htmlRowCap = htmlRowCap;
    }

    @Override
    public String name() {
        return "ofsted-kg linked data";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        String dataset = "/" + KnowledgeGraphServer.SERVICE;
        if (!datasetNames.contains(dataset)) {
            throw new IllegalStateException("the configuration has no service " + dataset + " to serve linked data from");
        }
        LinkedDataServlet linkedData = new LinkedDataServlet(dataset, htmlRowCap);
        builder.addServlet(LinkedDataPaths.ID + "*", linkedData)
                .addServlet(LinkedDataPaths.DEF, linkedData)
                .addServlet(LinkedDataPaths.DEF + "/*", linkedData)
                .addServlet(LinkedDataPaths.DOC + "*", linkedData)
                .addServlet("/.well-known/void", new VoidServlet(KnowledgeGraphServer.SERVICE))
                .addServlet(DumpServlet.PATH + "*", new DumpServlet(KnowledgeGraphServer.SERVICE));
    }
}
