package org.ofstedkg.loader.extract;

import java.util.List;
import org.ofstedkg.loader.text.ReportText;

/** A document's title: its metadata's, or else the title block's words. */
final class Titles {

    private static final int LONGEST = 300;

    private Titles() {}

    static String of(ReportText text, PageOne pageOne) {
        return of(text, pageOne.titleBlock());
    }

    /** The metadata's title, or else the words of {@code block}: a letter's subject, a paper's title line. */
    static String of(ReportText text, List<ReportText.Line> block) {
        if (text.title() != null && !text.title().isBlank() && !text.title().matches("(?i)untitled|microsoft word.*|.*\\.docx?")) {
            return text.title().strip();
        }
        StringBuilder title = new StringBuilder();
        for (ReportText.Line line : block) {
            if (!line.isBlank()) {
                title.append(title.isEmpty() ? "" : " ").append(line.text());
            }
        }
        String result = title.toString().strip();
        return result.isEmpty() ? null : result.substring(0, Math.min(LONGEST, result.length()));
    }
}
