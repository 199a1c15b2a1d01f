package org.ofstedkg.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.ofstedkg.queries.QueryCatalogue;
import org.ofstedkg.queries.QueryRun;

/**
 * The rows of a saved query as the pages read them: each a map from column to the value's text (a literal's lexical
 * form, an IRI as is, "" when unbound). A chart's text alternative and the tables beside it are drawn from these
 * rows, the chart itself from the same query's CSV, so a picture and its words never disagree.
 */
final class ChartRows {

    private static final QueryCatalogue CATALOGUE = QueryCatalogue.bundled();

    private ChartRows() {}

    static QueryCatalogue catalogue() {
        return CATALOGUE;
    }

    /** Runs the saved query {@code name} with {@code parameters} over the served dataset. */
    static List<Map<String, String>> of(DatasetGraph dataset, String name, Map<String, String> parameters) {
        var query = CATALOGUE.find(name).orElseThrow(() -> new IllegalStateException("no saved query " + name));
        ResultSetRewindable results = QueryRun.onDataset(query, parameters, DatasetFactory.wrap(dataset));
        List<Map<String, String>> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution solution = results.next();
            Map<String, String> row = new LinkedHashMap<>();
            for (String column : results.getResultVars()) {
                RDFNode value = solution.get(column);
                row.put(column, value == null ? "" : value.isLiteral() ? value.asLiteral().getLexicalForm()
                        : value.isURIResource() ? value.asResource().getURI() : value.toString());
            }
            rows.add(row);
        }
        return rows;
    }
}
