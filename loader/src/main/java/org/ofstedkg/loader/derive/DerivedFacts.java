package org.ofstedkg.loader.derive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateExecution;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Recomputes the graph of derived facts ({@code id/graph/derived}) from the documents' graphs: the themes each
 * inspection found weak, with their evidence, and the themes an authority's inspections found weak more than once.
 * The rule is data, a SPARQL Update ({@code weaknesses.ru}), so that a user can read exactly how a fact was derived;
 * the graph records the rule and the time.
 */
public final class DerivedFacts {

    /** The rule's file beside this class. */
    public static final String RULE = "weaknesses.ru";

    private static final UpdateRequest WEAKNESSES = load();

    private DerivedFacts() {}

    /** Replaces the derived graph of {@code dataset}, in one write transaction. */
    public static void recompute(Dataset dataset) {
        Txn.executeWrite(dataset, () -> UpdateExecution.dataset(dataset).update(WEAKNESSES).execute());
    }

    /** The rule, for a target that runs it elsewhere (a SPARQL Update sent to a server). */
    public static UpdateRequest rule() {
        return WEAKNESSES;
    }

    private static UpdateRequest load() {
        try (InputStream in = DerivedFacts.class.getResourceAsStream(RULE)) {
            if (in == null) {
                throw new IllegalStateException(RULE + " is missing from the class path");
            }
            return UpdateFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
