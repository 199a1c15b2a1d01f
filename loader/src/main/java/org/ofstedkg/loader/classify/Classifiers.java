package org.ofstedkg.loader.classify;

import java.util.List;

/**
 * The classifier a standard loader uses. This is the one seam where the project's rule-based classifier is plugged
 * in; until it is, {@link #standard()} gives {@link #unclassified()}, so that loading works and every statement says
 * why it carries no themes.
 */
public final class Classifiers {

    private Classifiers() {}

    /** The project's standard classifier. */
    public static StatementClassifier standard() {
        return unclassified();
    }

    /** A classifier that tags nothing: every statement neutral, without themes, with the reason said. */
    public static StatementClassifier unclassified() {
        return (text, section) -> new Classification("neutral", List.of(), List.of("no classifier installed"));
    }
}
