package org.ofstedkg.service;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.ofstedkg.queries.QueryRun;
import org.ofstedkg.queries.SavedQuery;

/**
 * {@code /queries/NAME?param=value&format=csv}: a saved query's rows as CSV (SPARQL 1.1 CSV results), the data the
 * charts draw and link to. Parameters are bound as values, never pasted into the query; an unknown query is 404, an
 * unknown or missing parameter 400 with the valid ones.
 */
final class QueryCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The path saved queries are answered under. */
    static final String PATH = "/queries/";

    private final String datasetName;

    QueryCsvServlet(String datasetName) {
        this.datasetName = datasetName;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getRequestURI().substring(request.getContextPath().length() + PATH.length());
        SavedQuery query = ChartRows.catalogue().find(name).orElse(null);
        if (query == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "no saved query '" + name + "'; the queries: "
                    + String.join(", ", ChartRows.catalogue().names()));
            return;
        }
        String format = request.getParameter("format");
        if (format != null && !format.equals("csv")) {
            response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE, "offered: format=csv");
            return;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((key, values) -> {
            if (!key.equals("format")) {
                parameters.put(key, values[0]);
            }
        });
        DataAccessPoint access = DataAccessPointRegistry.get(getServletContext()).get(datasetName);
        ResultSetRewindable rows;
        try {
            rows = QueryRun.onDataset(query, parameters, DatasetFactory.wrap(access.getDataService().getDataset()));
        } catch (QueryRun.ParameterException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        response.setContentType("text/csv; charset=utf-8");
        response.setHeader("Content-Disposition", "inline; filename=\"" + name + ".csv\"");
        try (OutputStream out = response.getOutputStream()) {
            ResultSetFormatter.outputAsCSV(out, rows);
        }
    }
}
