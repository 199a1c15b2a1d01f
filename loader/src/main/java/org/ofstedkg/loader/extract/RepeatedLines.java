package org.ofstedkg.loader.extract;

import java.util.List;
import org.ofstedkg.loader.text.ReportText;

/**
 * Tells a text whose lines come two or more times each in a row, as a converter caught in a loop or a copy pasted
 * into itself writes them. Such a text holds a report's words but not its order: its paragraphs, numbers and
 * sentences come out doubled, so it is refused rather than loaded as a report it only resembles. A real report
 * has a line in a run of the same line rarely (a grade under two headings in a row); more than
 * {@value #MOST_REPEATED} of its lines never are.
 */
final class RepeatedLines {

    /** Share of non-blank lines that may stand in runs of the same line. */
    static final double MOST_REPEATED = 0.5;

    /** Fewer lines than this say too little to judge. */
    private static final int FEWEST_LINES = 10;

    private RepeatedLines() {}

    /** How many non-blank lines stand in runs of the same line (blank lines between do not break a run), of how many. */
    record Count(int repeated, int lines) {

        boolean tooMany() {
            return lines >= FEWEST_LINES && repeated > lines * MOST_REPEATED;
        }
    }

    static Count of(List<ReportText.Line> lines) {
        int repeated = 0;
        int count = 0;
        int run = 0;
        String previous = null;
        for (ReportText.Line line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String text = line.text().strip();
            count++;
            if (text.equals(previous)) {
                run++;
            } else {
                repeated += run > 1 ? run : 0;
                run = 1;
            }
            previous = text;
        }
        repeated += run > 1 ? run : 0;
        return new Count(repeated, count);
    }
}
