package org.ofstedkg.queries;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * Runs a saved query with its parameters checked against their types and bound as values of their variables (never
 * pasted into the text), against a dataset (its named graphs read as one default graph, as the server serves
 * them) or a SPARQL endpoint.
 */
public final class QueryRun {

    private QueryRun() {}

    /**
     * Runs {@code query} on {@code dataset} in a read transaction; the rows are copied out before it ends.
     *
     * @throws ParameterException when a value does not fit its parameter
     */
    public static ResultSetRewindable onDataset(SavedQuery query, Map<String, String> values, Dataset dataset) {
        return onDataset(query, values, dataset, 0);
    }

    /** As {@link #onDataset(SavedQuery, Map, Dataset)}, cancelled after {@code timeoutMillis} when that is positive. */
    public static ResultSetRewindable onDataset(SavedQuery query, Map<String, String> values, Dataset dataset,
            long timeoutMillis) {
        Query parsed = bound(query, values);
        return Txn.calculateRead(dataset, () -> {
            var builder = QueryExecution.dataset(dataset).query(parsed).set(TDB2.symUnionDefaultGraph, true);
            if (timeoutMillis > 0) {
                builder.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
            }
            try (QueryExecution execution = builder.build()) {
                return ResultSetFactory.makeRewindable(execution.execSelect());
            }
        });
    }

    /** Runs {@code query} against a SPARQL endpoint. */
    public static ResultSetRewindable onEndpoint(SavedQuery query, Map<String, String> values, String endpoint) {
        try (QueryExecution execution = QueryExecutionHTTP.service(endpoint).query(bound(query, values)).build()) {
            return ResultSetFactory.makeRewindable(execution.execSelect());
        }
    }

    /**
     * The query with each parameter's variable replaced by its value's RDF term in the parsed query (Jena's
     * syntactic substitution), so that no value is ever pasted into the text. Done here rather than by the query
     * execution's own substitution, which in Jena 5.6 loses the joins of sub-SELECTs on TDB2.
     */
    public static Query bound(SavedQuery query, Map<String, String> values) {
        Binding binding = bindings(query, values);
        Map<Var, Node> terms = new HashMap<>();
        binding.vars().forEachRemaining(v -> terms.put(v, binding.get(v)));
        return QueryTransformOps.transform(QueryFactory.create(query.text()), terms);
    }

    /**
     * The values of a run as RDF terms of the query's variables, defaults filled in.
     *
     * @throws ParameterException for an unknown parameter (the message lists the query's), a missing required one
     *     or a value that does not fit its type
     */
    public static Binding bindings(SavedQuery query, Map<String, String> values) {
        List<String> known = new ArrayList<>();
        query.parameters().forEach(p -> known.add(p.name()));
        for (String given : values.keySet()) {
            if (!known.contains(given)) {
                throw new ParameterException("query " + query.name() + " has no parameter '" + given
                        + "'; its parameters: " + (known.isEmpty() ? "none" : String.join(", ", known)));
            }
        }
        BindingBuilder builder = BindingFactory.builder();
        for (QueryParameter parameter : query.parameters()) {
            String value = values.get(parameter.name());
            if (value == null || value.isEmpty()) {
                value = parameter.defaultValue();
            }
            if (value == null) {
                if (parameter.required()) {
                    throw new ParameterException("query " + query.name() + " needs parameter '" + parameter.name()
                            + "' (" + parameter.expectation() + ")");
                }
                continue;
            }
            builder.add(Var.alloc(parameter.variable()), parameter.term(value));
        }
        return builder.build();
    }
}
