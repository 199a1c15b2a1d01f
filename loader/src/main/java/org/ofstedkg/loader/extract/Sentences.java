package org.ofstedkg.loader.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ofstedkg.loader.text.ReportText.Line;

/**
 * The sentences of running text: lines joined into paragraphs at blank lines (a paragraph's lines are one run of
 * words however the source broke them), each paragraph split after a full stop, question or exclamation mark that
 * is followed by a capital, a digit or an opening quote. Decimal labels such as "5.9.1" are not split, as no space
 * follows their stops.
 */
final class Sentences {

    private static final Pattern END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}0-9\u2018'\"(])");

    private Sentences() {}

    /** The sentences of {@code lines} in reading order, white space collapsed. */
    static List<String> of(List<Line> lines) {
        List<String> sentences = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (Line line : lines) {
            if (line.isBlank()) {
                split(paragraph, sentences);
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(line.text());
            }
        }
        split(paragraph, sentences);
        return sentences;
    }

    private static void split(StringBuilder paragraph, List<String> sentences) {
        if (paragraph.isEmpty()) {
            return;
        }
        for (String sentence : END.split(MarkupResidue.singleSpaced(paragraph.toString()))) {
            if (!sentence.isBlank()) {
                sentences.add(sentence.strip());
            }
        }
        paragraph.setLength(0);
    }
}
