package org.ofstedkg.loader.statements;

import java.util.List;
import org.ofstedkg.loader.classify.Classification;
import org.ofstedkg.loader.classify.StatementClassifier;

/**
 * A stand-in classifier for tests: every statement is mixed and about supervision, so that tests can see the loader
 * keep the classifier's themes and override its polarity for listed items.
 */
public final class FixedClassifier implements StatementClassifier {

    @Override
    public Classification classify(String text, String section) {
        return new Classification("mixed", List.of(new Classification.ThemeTag("supervision", "test: fixed", null)),
                List.of("test: fixed"));
    }
}
