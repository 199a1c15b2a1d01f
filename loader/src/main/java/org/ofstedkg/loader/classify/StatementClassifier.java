package org.ofstedkg.loader.classify;

/**
 * Says what a statement of a report is about (practice themes) and whether it is a strength or a weakness, with the
 * reasons, so that a user can ask why. The loader and {@code kg classify} use the same classifier, with the same
 * use of the heading the statement sits under.
 */
public interface StatementClassifier {

    /**
     * Classifies one statement.
     *
     * @param text the sentence or list item, as printed
     * @param section the heading it sits under ('What needs to improve?', a judgement section heading), or null
     */
    Classification classify(String text, String section);
}
