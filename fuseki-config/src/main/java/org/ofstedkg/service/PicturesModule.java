package org.ofstedkg.service;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * The Fuseki module of the pictures: the national overview ({@value NationalOverview#PATH}), the comparison of
 * authorities ({@value ComparePage#PATH}) and the chart libraries ({@value StaticFiles#PATH}), from the public
 * service's dataset; the charts draw the saved queries' CSV that {@link SavedQueryModule} answers. An authority's own
 * pictures are on its linked-data page ({@link AuthorityProfile}).
 */
public final class PicturesModule implements FusekiModule {

    @Override
    public String name() {
        return "ofsted-kg pictures";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        String dataset = "/" + KnowledgeGraphServer.SERVICE;
        if (!datasetNames.contains(dataset)) {
            throw new IllegalStateException("the configuration has no service " + dataset + " to draw pictures from");
        }
        builder.addServlet(NationalOverview.PATH, new NationalOverview(dataset))
                .addServlet(ComparePage.PATH, new ComparePage(dataset))
                .addServlet(StaticFiles.PATH + "*", new StaticFiles());
    }

}
