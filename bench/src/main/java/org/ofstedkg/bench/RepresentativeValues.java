package org.ofstedkg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.ofstedkg.queries.QueryParameter;

/**
 * Values for a saved query's required parameters that have no default, drawn from the loaded data so that a
 * latency is measured on questions people ask of it: the authorities with the most inspections, the inspectors
 * named in the most, the inspections described by the most documents, the themes most often weak, the words most
 * frequent in findings. Each parameter's look-up is a SPARQL file named after it under {@value #FOLDER}: either
 * {@code NAME.rq}, whose {@code ?value} column gives the values, best first, or {@code NAME.words.rq}, whose
 * {@code ?text} column is split into words, the most frequent of which are the values.
 */
public final class RepresentativeValues {

    /** Where the look-ups sit on the class path. */
    static final String FOLDER = "org/ofstedkg/bench/values/";
    /** Words shorter than this are mostly grammar ("which", "their"), not search terms. */
    private static final int SHORTEST_WORD = 7;

    private final Function<String, ResultSet> select;
    private final int count;
    private final Map<String, List<String>> found = new HashMap<>();

    private RepresentativeValues(Function<String, ResultSet> select, int count) {
        this.select = select;
        this.count = count;
    }

    /** Look-ups sent to a SPARQL endpoint, at most {@code count} values per parameter. */
    public static RepresentativeValues fromEndpoint(String endpoint, int count) {
        return new RepresentativeValues(text -> {
            try (var execution = QueryExecutionHTTP.service(endpoint).query(text).build()) {
                return ResultSetFactory.copyResults(execution.execSelect());
            }
        }, count);
    }

    /** Look-ups run on a dataset (its named graphs read as one, as the server serves them). */
    public static RepresentativeValues fromDataset(Dataset dataset, int count) {
        return new RepresentativeValues(text -> Txn.calculateRead(dataset, () -> {
            try (var execution = QueryExecution.dataset(dataset).query(text)
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                return ResultSetFactory.copyResults(execution.execSelect());
            }
        }), count);
    }

    /**
     * Up to {@code count} values for {@code parameter}, best first; empty when the project has no look-up for a
     * parameter of that name or the data gives none. An enumeration keeps only the values it allows.
     */
    public List<String> of(QueryParameter parameter) {
        return found.computeIfAbsent(parameter.name(), name -> lookUp(parameter));
    }

    private List<String> lookUp(QueryParameter parameter) {
        List<String> values = new ArrayList<>();
        Optional<String> plain = resource(parameter.name() + ".rq");
        Optional<String> words = resource(parameter.name() + ".words.rq");
        if (plain.isPresent()) {
            ResultSet rows = select.apply(plain.get());
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                if (row.contains("value")) {
                    values.add(row.get("value").asLiteral().getLexicalForm());
                }
            }
        } else if (words.isPresent()) {
            values.addAll(frequentWords(select.apply(words.get())));
        }
        if (!parameter.allowedValues().isEmpty()) {
            values.retainAll(parameter.allowedValues());
        }
        return List.copyOf(values.subList(0, Math.min(count, values.size())));
    }

    /** The words of the {@code ?text} column, most frequent first (ties alphabetically). */
    private static List<String> frequentWords(ResultSet rows) {
        Map<String, Integer> counts = new TreeMap<>();
        while (rows.hasNext()) {
            String text = rows.next().get("text").asLiteral().getLexicalForm().toLowerCase(Locale.ROOT);
            for (String word : text.split("[^\\p{L}]+")) {
                if (word.length() >= SHORTEST_WORD) {
                    counts.merge(word, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .map(Map.Entry::getKey).toList();
    }

    private static Optional<String> resource(String name) {
        try (InputStream in = RepresentativeValues.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
