package org.ofstedkg.queries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * Runs a saved query with its parameters bound as values of their variables (never pasted into the text), against
 * a TDB2 dataset (its named graphs read as one default graph, as the server serves them) or a SPARQL endpoint.
 */
public final class QueryRun {

    private QueryRun() {}

    /** A parameter the caller gave that the query does not have, or a required one missing. */
    public static final class ParameterException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        ParameterException(String message) {
            super(message);
        }
    }

    /** Runs {@code query} on {@code dataset} in a read transaction; the rows are copied out before it ends. */
    public static ResultSetRewindable onDataset(SavedQuery query, Map<String, String> values, Dataset dataset) {
        Query parsed = QueryFactory.create(query.text());
        var substitution = bindings(query, values);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(parsed)
                    .substitution(substitution).set(TDB2.symUnionDefaultGraph, true).build()) {
                return ResultSetFactory.makeRewindable(execution.execSelect());
            }
        });
    }

    /** Runs {@code query} against a SPARQL endpoint. */
    public static ResultSetRewindable onEndpoint(SavedQuery query, Map<String, String> values, String endpoint) {
        Query parsed = QueryFactory.create(query.text());
        try (QueryExecution execution = QueryExecutionHTTP.service(endpoint).query(parsed)
                .substitution(bindings(query, values)).build()) {
            ResultSet results = execution.execSelect();
            return ResultSetFactory.makeRewindable(results);
        }
    }

    static org.apache.jena.sparql.engine.binding.Binding bindings(SavedQuery query, Map<String, String> values) {
        List<String> known = new ArrayList<>();
        var builder = org.apache.jena.sparql.engine.binding.BindingFactory.builder();
        for (QueryParameter parameter : query.parameters()) {
            known.add(parameter.name());
            String value = values.getOrDefault(parameter.name(), parameter.defaultValue());
            if (value == null) {
                if (parameter.required()) {
                    throw new ParameterException("query " + query.name() + " needs --param " + parameter.name() + "=VALUE");
                }
                continue;
            }
            builder.add(org.apache.jena.sparql.core.Var.alloc(parameter.variable()), NodeFactory.createLiteralString(value));
        }
        for (String given : values.keySet()) {
            if (!known.contains(given)) {
                throw new ParameterException("query " + query.name() + " has no parameter '" + given + "'; its parameters: "
                        + (known.isEmpty() ? "none" : String.join(", ", known)));
            }
        }
        return builder.build();
    }
}
