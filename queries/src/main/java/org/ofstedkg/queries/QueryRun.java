package org.ofstedkg.queries;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSetStream;
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
        return select(bound(query, values), dataset, timeoutMillis, ResultSetFactory::makeRewindable);
    }

    /**
     * Runs a SELECT on {@code dataset} in a read transaction, over the union of its graphs, cancelled after
     * {@code timeoutMillis} when that is positive; {@code reading} takes what it needs of the rows before it ends.
     */
    private static <T> T select(Query parsed, Dataset dataset, long timeoutMillis, Function<ResultSet, T> reading) {
        return Txn.calculateRead(dataset, () -> {
            var builder = QueryExecution.dataset(dataset).query(parsed).set(TDB2.symUnionDefaultGraph, true);
            if (timeoutMillis > 0) {
                builder.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
            }
            try (QueryExecution execution = builder.build()) {
                return reading.apply(execution.execSelect());
            }
        });
    }

    /**
     * One page of a paginated query's answer on {@code dataset}, cancelled after {@code timeoutMillis} when that is
     * positive. The ordered answer is read through once in the read transaction: the page's rows are kept, the rest
     * only counted, so the last page is known without running the query twice.
     *
     * @param page the page asked for, from 1
     * @throws ParameterException when a value does not fit its parameter
     * @throws IllegalArgumentException when the query is not paginated or {@code page} is below 1
     */
    public static AnswerPage page(SavedQuery query, Map<String, String> values, Dataset dataset, long timeoutMillis,
            int page) {
        checkPage(query, page);
        return select(bound(query, values), dataset, timeoutMillis, rows -> cut(rows, query.pagination(), page));
    }

    /** As {@link #page(SavedQuery, Map, Dataset, long, int)}, against a SPARQL endpoint. */
    public static AnswerPage pageOnEndpoint(SavedQuery query, Map<String, String> values, String endpoint, int page) {
        checkPage(query, page);
        try (QueryExecution execution = QueryExecutionHTTP.service(endpoint).query(bound(query, values)).build()) {
            return cut(execution.execSelect(), query.pagination(), page);
        }
    }

    /**
     * The page of a {@code page} parameter's value.
     *
     * @throws ParameterException unless it is a whole number from 1
     */
    public static int pageNumber(String value) {
        try {
            int page = Integer.parseInt(value.strip());
            if (page >= 1) {
                return page;
            }
        } catch (NumberFormatException e) {
            // answered below, as for a number below 1
        }
        throw new ParameterException("parameter 'page' expects a whole number from 1; got '" + value + "'");
    }

    private static void checkPage(SavedQuery query, int page) {
        if (!query.paginated()) {
            throw new IllegalArgumentException("query " + query.name() + " is answered whole, not by pages");
        }
        if (page < 1) {
            throw new IllegalArgumentException("pages are numbered from 1; got " + page);
        }
    }

    private static AnswerPage cut(ResultSet answer, int size, int page) {
        long first = (long) (page - 1) * size;
        List<Binding> kept = new ArrayList<>(size);
        long total = 0;
        while (answer.hasNext()) {
            Binding row = answer.nextBinding();
            if (total >= first && total < first + size) {
                kept.add(row);
            }
            total++;
        }
        List<Var> columns = Var.varList(answer.getResultVars());
        ResultSetRewindable rows = ResultSetFactory.makeRewindable(
                ResultSet.adapt(RowSetStream.create(columns, kept.iterator())));
        return new AnswerPage(rows, page, size, total);
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
