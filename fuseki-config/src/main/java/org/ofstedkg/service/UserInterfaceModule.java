package org.ofstedkg.service;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.mgt.ActionDatasets;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.rdf.model.Model;

/**
 * The Fuseki UI (jena-fuseki-ui, served by Fuseki main's own {@link FMod_UI}) at {@code /}, for writing SPARQL in a
 * browser against {@code /ds}, with the read-only parts of Fuseki's admin protocol the UI asks for: the server and
 * its datasets ({@code /$/server}, {@code /$/datasets}), {@code /$/ping} and {@code /$/stats}.
 *
 * <p>Fuseki's admin operations that change data or the server (creating or deleting a dataset, backups, compaction,
 * tasks) are not served at all, whoever asks: the datasets of a deployment are the ones its assembler file
 * declares (a text index, the union default graph, a read-only public service), and a dataset made at run time would
 * sit outside all of that. A {@code POST} or {@code DELETE} to {@code /$/datasets} is answered 405. Data changes only
 * through {@code /ds-admin}, which the UI lists when it is configured and where the browser asks for the admin users'
 * password (its upload page works there).
 */
public final class UserInterfaceModule implements FusekiModule {

    @Override
    public String name() {
        return "ofsted-kg Fuseki UI";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        if (builder.getServletAttribute(Fuseki.attrFusekiServerCtl) == null) {
            // FMod_UI looks for the UI files beside the server's run area first (FUSEKI_BASE/webapp), then in the
            // jena-fuseki-ui jar. Made here without setup(), so no run area is written to disk.
            builder.addServletAttribute(Fuseki.attrFusekiServerCtl, new FusekiServerCtl(null));
        }
        new FMod_UI().prepare(builder, datasetNames, configModel);
        builder.addServlet("/$/server", new ReadOnly(new ActionServerStatus()))
                .addServlet("/$/datasets", new ReadOnly(new ActionDatasets()))
                .addServlet("/$/datasets/*", new ReadOnly(new ActionDatasets()))
                .enablePing(true)
                .enableStats(true);
    }

    /** A servlet that answers only reads: GET and HEAD go to the wrapped servlet, anything else is 405. */
    static final class ReadOnly extends HttpServlet {

        private static final long serialVersionUID = 1L;

        private final HttpServlet reads;

        ReadOnly(HttpServlet reads) {
            this.reads = reads;
        }

        @Override
        public void init() throws ServletException {
            reads.init(getServletConfig());
        }

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response)
                throws ServletException, IOException {
            String method = request.getMethod();
            if ("GET".equals(method) || "HEAD".equals(method)) {
                reads.service(request, response);
                return;
            }
            response.setHeader("Allow", "GET, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                    "this server's datasets are fixed by its configuration; data changes only through /ds-admin");
        }
    }
}
