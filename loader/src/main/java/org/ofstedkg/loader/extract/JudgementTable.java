package org.ofstedkg.loader.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ofstedkg.loader.report.Judgement;
import org.ofstedkg.loader.text.ReportText.Line;

/**
 * Reads the 'Judgement / Grade' table on the first page of an ILACS report.
 *
 * <p>PDF text extraction interleaves the table's columns: a grade can land inside the area's words ("The impact of
 * leaders on social work Outstanding practice with children and families") and a grade can wrap ("Requires
 * improvement" / "to be good"). So the table is read as one run of words: the grades are taken out in order, the
 * area headings are found in what is left, in order, and the two lists are paired row by row. When the counts
 * differ the table is not trusted at all.
 */
final class JudgementTable {

    /** How many lines after the header a table can take; the longest (2023) table takes about fifteen. */
    private static final int MOST_LINES = 24;
    private static final java.util.regex.Pattern DETACHED_TAIL =
            java.util.regex.Pattern.compile("(?<!improvement )(?<!improvement)\\bto be good\\b");

    private JudgementTable() {}

    /** The judgements of the first table in {@code lines}; empty when there is no table or it cannot be read. */
    static Optional<List<Judgement>> read(List<Line> lines, String framework, JudgementVocabulary vocabulary) {
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            // Markdown and HTML tables come with their cells joined by '|'.
            String folded = Folding.fold(lines.get(i).text().replace('|', ' '));
            if (folded.matches("judgements? (and )?grades?")) {
                header = i;
                break;
            }
        }
        if (header < 0) {
            return Optional.empty();
        }
        // The table ends with its overall effectiveness row, whose grade may sit on the row's line or the next.
        StringBuilder block = new StringBuilder();
        boolean overallRow = false;
        for (int i = header + 1; i < Math.min(lines.size(), header + 1 + MOST_LINES); i++) {
            String folded = Folding.fold(lines.get(i).text());
            block.append(folded).append(' ');
            overallRow |= folded.contains("overall effectiveness");
            if (overallRow && !vocabulary.gradesIn(folded.replace("overall effectiveness", "")).isEmpty()) {
                break;
            }
        }
        return pair(block.toString(), framework, vocabulary);
    }

    /** Pairs the grades and the areas of a folded run of table words, row by row. */
    static Optional<List<Judgement>> pair(String folded, String framework, JudgementVocabulary vocabulary) {
        // A 'to be good' apart from its 'requires improvement' is the tail of a wrapped grade, not the grade 'good'.
        String table = DETACHED_TAIL.matcher(folded).replaceAll(" ");
        List<JudgementVocabulary.Found> grades = vocabulary.gradesIn(table);
        StringBuilder rest = new StringBuilder(table);
        for (int i = grades.size() - 1; i >= 0; i--) {
            JudgementVocabulary.Found grade = grades.get(i);
            rest.replace(grade.start(), grade.end(), " ".repeat(grade.end() - grade.start()));
        }
        // A grade that wrapped across the area's words leaves its tail behind: 'requires improvement ... to be good'.
        // OCR reads table rules as pipes.
        String remaining = rest.toString().replace('|', ' ').replaceAll("\\s+", " ");
        List<JudgementVocabulary.Found> areas = vocabulary.areasIn(framework, remaining);
        if (areas.isEmpty() || areas.size() != grades.size()) {
            return Optional.empty();
        }
        List<Judgement> judgements = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            judgements.add(new Judgement(areas.get(i).id(), grades.get(i).id(), areas.get(i).asPrinted(),
                    grades.get(i).asPrinted()));
        }
        return Optional.of(judgements);
    }
}
