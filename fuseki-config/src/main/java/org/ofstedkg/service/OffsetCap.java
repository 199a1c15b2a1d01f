package org.ofstedkg.service;

import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpSlice;

/**
 * Refuses a query that skips more rows than a cap, in its outer query or any sub-query. ARQ skips an OFFSET's rows
 * in one loop that never looks at the query's cancellation: such a query outlives its timeout, and while it runs
 * the timer that cancels every other query of the server waits on it (measured: a two-way cartesian product with
 * OFFSET 10^12 ran 18 s past a 2 s timeout and held another query's cut-off back as long).
 */
final class OffsetCap {

    private final long maxOffset;

    OffsetCap(long maxOffset) {
        this.maxOffset = maxOffset;
    }

    /** Why the query is refused, or empty when it may run (a query that does not parse is left to Fuseki's 400). */
    Optional<String> refusal(String queryText) {
        Query query;
        try {
            query = QueryFactory.create(queryText, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            return Optional.empty();
        }
        long[] largest = {query.hasOffset() ? query.getOffset() : 0};
        Op op = Algebra.compile(query);
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpSlice slice) {
                largest[0] = Math.max(largest[0], slice.getStart());
            }
        });
        return largest[0] <= maxOffset
                ? Optional.empty()
                : Optional.of("OFFSET " + largest[0] + " is over this endpoint's limit of " + maxOffset
                        + "; page through results by a FILTER on an ordered key instead.");
    }
}
