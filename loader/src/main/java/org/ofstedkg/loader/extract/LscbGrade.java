package org.ofstedkg.loader.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ofstedkg.loader.report.Judgement;
import org.ofstedkg.loader.text.ReportText.Line;

/**
 * The grade a report gives a Local Safeguarding Children Board, from the sentence that states it: "The Local
 * Safeguarding Children Board is good", "The effectiveness of the LSCB requires improvement", or a headline with
 * no verb, "The Local Safeguarding Children Board requires improvement". SIF reports with a review and stand-alone
 * reviews print it alike.
 */
final class LscbGrade {

    static final String AREA = "lscb";
    private static final String AREA_AS_PRINTED = "The Local Safeguarding Children Board";

    private final JudgementVocabulary vocabulary;
    private final Pattern sentence;

    LscbGrade(JudgementVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.sentence = Pattern.compile("(?:the effectiveness of the )?(?:local safeguarding children board|lscb)(?: \\(lscb\\))?"
                + "\\s+(?:is\\s+|are\\s+)?(" + vocabulary.gradeRegex() + ")(?=\\s*(?:[.\\n]|because|$))");
    }

    /** The board's judgement from the first sentence in {@code lines} that grades it, or empty. */
    Optional<Judgement> in(List<Line> lines) {
        Matcher board = sentence.matcher(FoldedLines.of(lines));
        if (!board.find()) {
            return Optional.empty();
        }
        return Optional.of(new Judgement(AREA, vocabulary.grade(board.group(1)).orElseThrow(), AREA_AS_PRINTED, board.group(1)));
    }
}
