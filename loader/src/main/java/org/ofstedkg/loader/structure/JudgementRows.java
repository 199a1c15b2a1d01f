package org.ofstedkg.loader.structure;

import java.util.regex.Pattern;
import org.ofstedkg.loader.extract.Folding;
import org.ofstedkg.loader.extract.JudgementVocabulary;

/**
 * Tells a numbered row of a first-page judgement table ("1. Children who need help and protection Good", "2.
 * Children looked after and achieving" wrapping onto the next line) from a numbered paragraph: its words are a
 * judgement area's label, or the start of one, with at most a grade after them.
 */
final class JudgementRows {

    private static final JudgementVocabulary VOCABULARY = JudgementVocabulary.bundled();
    private static final Pattern TRAILING_GRADE = Pattern.compile("\\s*(?:" + VOCABULARY.gradeRegex() + ")\\s*$");
    private static final String[] FRAMEWORKS = {"sif", "ilacs"};
    /** A wrapped row keeps at least this many words of its label on the numbered line. */
    private static final int FEWEST_WORDS = 3;

    private JudgementRows() {}

    static boolean isRow(String words) {
        String folded = Folding.fold(words);
        String label = TRAILING_GRADE.matcher(folded).replaceFirst("").strip();
        for (String framework : FRAMEWORKS) {
            if (VOCABULARY.area(framework, label).isPresent() || label.split(" ").length >= FEWEST_WORDS
                    && VOCABULARY.labelBeginsWith(framework, label)) {
                return true;
            }
        }
        return false;
    }
}
