package org.ofstedkg.loader.derive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateExecution;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Recomputes the graph of derived facts ({@code id/graph/derived}) from the documents' graphs: the themes each
 * inspection found weak, with their evidence, and the themes an authority's inspections found weak more than once
 * ({@code weaknesses.ru}); and per inspection a record of the facts accepted where its documents disagree, Ofsted's
 * own winning ({@code inspections.ru}), so that queries read them instead of reconciling on every request. The rules
 * are data, SPARQL Updates run in order, so that a user can read exactly how a fact was derived; the graph records
 * the rules and the time.
 */
public final class DerivedFacts {

    /** The rules' files beside this class, in the order they run: the first replaces the derived graph. */
    public static final List<String> RULES = List.of("weaknesses.ru", "inspections.ru");

    private static final UpdateRequest RULE = load();

    private DerivedFacts() {}

    /** Replaces the derived graph of {@code dataset}, in one write transaction. */
    public static void recompute(Dataset dataset) {
        Txn.executeWrite(dataset, () -> UpdateExecution.dataset(dataset).update(RULE).execute());
    }

    /** The rules as one request, for a target that runs them elsewhere (a SPARQL Update sent to a server). */
    public static UpdateRequest rule() {
        return RULE;
    }

    private static UpdateRequest load() {
        UpdateRequest request = new UpdateRequest();
        for (String rule : RULES) {
            try (InputStream in = DerivedFacts.class.getResourceAsStream(rule)) {
                if (in == null) {
                    throw new IllegalStateException(rule + " is missing from the class path");
                }
                UpdateFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .getOperations().forEach(request::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return request;
    }
}
