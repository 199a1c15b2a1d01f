package org.ofstedkg.service;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.ofstedkg.loader.gazetteer.Authority;

/**
 * Linked data over the public dataset. {@code /id/X} and {@code /def/X} name things and terms: they answer 303 See
 * Other to the description document {@code /doc/X} (or {@code /doc/def/X}), or 404 when the graph says nothing of
 * them. A document answers in the format the {@code Accept} header or its suffix asks for. {@code /id/authority}
 * with {@code urn}, {@code gss} or {@code name} looks an authority up and redirects to it.
 */
final class LinkedDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final String datasetName;
    private final int htmlRowCap;

    LinkedDataServlet(String datasetName, int htmlRowCap) {
        this.datasetName = datasetName;
        this.htmlRowCap = htmlRowCap;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("Vary", "Accept");
        DatasetGraph dataset = dataset();
        if (path.equals(LinkedDataPaths.ID + "authority") || path.equals(LinkedDataPaths.ID + "authority/")) {
            lookUp(request, response, dataset);
            return;
        }
        Optional<String> thing = LinkedDataPaths.iriOfThing(path);
        if (thing.isPresent()) {
            String iri = thing.get();
            if (!known(dataset, iri)) {
                notFound(response, iri);
                return;
            }
            seeOther(request, response, LinkedDataPaths.documentPath(iri).orElseThrow());
            return;
        }
        Optional<LinkedDataPaths.DocumentRequest> document = LinkedDataPaths.documentRequest(path);
        if (document.isEmpty()) {
            notFound(response, path);
            return;
        }
        String iri = document.get().iri();
        Optional<Format> format = document.get().format().or(() -> Format.negotiate(request.getHeader("Accept")));
        if (format.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "offered: text/turtle, application/ld+json, application/rdf+xml, application/n-triples, text/html");
            return;
        }
        Model description = isTerm(iri) ? ResourceDescription.describeTerm(dataset, iri)
                : ResourceDescription.describe(dataset, iri);
        if (description.isEmpty()) {
            notFound(response, iri);
            return;
        }
        DocumentDescription.addTo(description, iri, format.get());
        response.setStatus(HttpServletResponse.SC_OK);
        response.setHeader("Content-Location", LinkedDataPaths.documentPath(iri).orElseThrow() + "." + format.get().suffix());
        if (format.get() == Format.HTML) {
            byte[] page = new HtmlPage(dataset, htmlRowCap).render(iri, description).getBytes(StandardCharsets.UTF_8);
            response.setContentType("text/html; charset=utf-8");
            response.setContentLength(page.length);
            response.getOutputStream().write(page);
            return;
        }
        write(response, description, format.get());
    }

    /** Writes RDF in a format, with its media type. */
    static void write(HttpServletResponse response, Model model, Format format) throws IOException {
        response.setContentType(format.mediaType());
        response.setCharacterEncoding("utf-8");
        try (OutputStream out = response.getOutputStream()) {
            RDFDataMgr.write(out, model, format.lang().orElseThrow());
        }
    }

    private void lookUp(HttpServletRequest request, HttpServletResponse response, DatasetGraph dataset)
            throws IOException {
        String urn = request.getParameter("urn");
        String gss = request.getParameter("gss");
        String name = request.getParameter("name");
        if (urn == null && gss == null && name == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST,
                    "look an authority up with ?urn=80447, ?gss=E06000049 or ?name=Cheshire East");
            return;
        }
        Optional<Authority> authority = AuthorityLookup.find(dataset, urn, gss, name);
        if (authority.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "no authority with "
                    + (urn != null ? "URN " + urn : gss != null ? "GSS code " + gss : "the name '" + name + "'"));
            return;
        }
        seeOther(request, response, LinkedDataPaths.localLink(authority.get().iri()));
    }

    private static boolean known(DatasetGraph dataset, String iri) {
        return isTerm(iri) ? !ResourceDescription.describeTerm(dataset, iri).isEmpty()
                : ResourceDescription.exists(dataset, iri);
    }

    private static boolean isTerm(String iri) {
        return !iri.startsWith(org.ofstedkg.ontology.Iris.ID);
    }

    private static void seeOther(HttpServletRequest request, HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + path);
    }

    private static void notFound(HttpServletResponse response, String what) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND, what + " is not in the graph");
    }

    private DatasetGraph dataset() {
        return ServedDatasets.of(getServletContext(), datasetName);
    }
}
