package org.ofstedkg.service;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.ofstedkg.loader.store.DatasetDump;

/**
 * {@code /dumps/ofsted-kg.nq.gz} and {@code /dumps/ofsted-kg.trig.gz}: the whole public dataset, every named graph,
 * gzipped, as {@code kg export} writes it. The dump is written as it is read, from one read transaction, so it
 * never sits in memory and a load committing meanwhile does not tear it.
 */
final class DumpServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Where dumps are served. */
    static final String PATH = "/dumps/";
    /** The name every dump file starts with. */
    static final String NAME = "ofsted-kg";

    private final String serviceName;

    DumpServlet(String serviceName) {
        this.serviceName = serviceName;
    }

    /** The file name of the gzipped dump in {@code format}, such as {@code ofsted-kg.nq.gz}. */
    static String fileName(DatasetDump.Format format) {
        return NAME + "." + format.extension() + ".gz";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String file = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
        Optional<DatasetDump.Format> format = Arrays.stream(DatasetDump.Format.values())
                .filter(f -> fileName(f).equals(file)).findFirst();
        if (format.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "dumps offered: " + String.join(", ",
                    Arrays.stream(DatasetDump.Format.values()).map(DumpServlet::fileName).toList()));
            return;
        }
        Optional<DatasetGraph> dataset = ServedDatasets.find(getServletContext(), "/" + serviceName);
        if (dataset.isEmpty()) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the server has no dataset /" + serviceName);
            return;
        }
        response.setContentType("application/gzip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        try (OutputStream out = new GZIPOutputStream(response.getOutputStream(), 1 << 16)) {
            DatasetDump.write(dataset.get(), out, format.get().rdfFormat());
        }
    }
}
