package org.ofstedkg.queries;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Query results as the tests compare them: one line per row, the named columns joined by " | ", a literal as its
 * lexical form, an IRI as itself, an unbound cell as nothing.
 */
final class ResultRows {

    private ResultRows() {}

    static List<String> of(ResultSet results, String... columns) {
        List<String> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution row = results.next();
            List<String> cells = new ArrayList<>();
            for (String column : columns) {
                RDFNode value = row.get(column);
                cells.add(value == null ? "" : value.isLiteral() ? value.asLiteral().getLexicalForm() : value.toString());
            }
            rows.add(String.join(" | ", cells));
        }
        return rows;
    }
}
