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

    /** The rule that marks the derived facts outdated while a load runs, beside this class. */
    public static final String OUTDATED = "outdated.ru";

    private static final UpdateRequest RULE = load(RULES);
    private static final UpdateRequest OUTDATED_MARK = load(List.of(OUTDATED));

    private DerivedFacts() {}

    /**
     * Marks the derived graph of {@code dataset} outdated ({@code prov:invalidatedAtTime} on the graph), in one write
     * transaction, until {@link #recompute} replaces it: a load does this before it writes its first document, so
     * that one that stops partway leaves derived facts that say they are stale rather than look current.
     */
    public static void markOutdated(Dataset dataset) {
        Txn.executeWrite(dataset, () -> UpdateExecution.dataset(dataset).update(OUTDATED_MARK).execute());
    }

    /** The outdated mark ({@link #markOutdated}) as one request, for a target that runs it elsewhere. */
    public static UpdateRequest outdatedMark() {
        return OUTDATED_MARK;
    }

    /** Replaces the derived graph of {@code dataset}, in one write transaction. */
    public static void recompute(Dataset dataset) {
        Txn.executeWrite(dataset, () -> UpdateExecution.dataset(dataset).update(RULE).execute());
    }

    /** The rules as one request, for a target that runs them elsewhere (a SPARQL Update sent to a server). */
    public static UpdateRequest rule() {
        return RULE;
    }

    private static UpdateRequest load(List<String> rules) {
        UpdateRequest request = new UpdateRequest();
        for (String rule : rules) {
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
