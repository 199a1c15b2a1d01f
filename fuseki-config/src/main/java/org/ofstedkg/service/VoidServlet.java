package org.ofstedkg.service;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * {@code /.well-known/void}: the {@link VoidDescription} of the public dataset, in the RDF format the
 * {@code Accept} header asks for (Turtle when it asks for HTML: the description is short enough to read).
 */
final class VoidServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final String serviceName;

    VoidServlet(String serviceName) {
        this.serviceName = serviceName;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Vary", "Accept");
        Optional<Format> format = Format.negotiate(request.getHeader("Accept"));
        if (format.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "offered: text/turtle, application/ld+json, application/rdf+xml, application/n-triples");
            return;
        }
        Optional<DatasetGraph> dataset = ServedDatasets.find(getServletContext(), "/" + serviceName);
        if (dataset.isEmpty()) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the server has no dataset /" + serviceName);
            return;
        }
        String url = request.getRequestURL().toString();
        String serverBase = url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
        LinkedDataServlet.write(response,
                VoidDescription.describe(dataset.get(), serverBase, serviceName),
                format.get() == Format.HTML ? Format.TURTLE : format.get());
    }
}
