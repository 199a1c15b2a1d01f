package org.ofstedkg.loader.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ofstedkg.loader.report.Judgement;
import org.ofstedkg.loader.text.ReportText.Line;

/**
 * A judgement table restated one row a line, its area and grade in cells set apart by a tab or a wide gap
 * ("Overall effectiveness&lt;tab&gt;Good"), as council papers copy Ofsted's table. A row counts when its first cell
 * is an area of the framework and its second a grade, both named whole; the words are kept as printed.
 */
final class JudgementRows {

    private static final Pattern CELL_GAP = Pattern.compile("\\t+|\\s{2,}");

    private JudgementRows() {}

    /** The rows of {@code lines}, one judgement an area; empty when no line is such a row. */
    static Optional<List<Judgement>> read(List<Line> lines, String framework, JudgementVocabulary vocabulary) {
        List<Judgement> rows = new ArrayList<>();
        for (Line line : lines) {
            String[] cells = CELL_GAP.split(line.text().strip());
            if (cells.length != 2) {
                continue;
            }
            Optional<String> area = vocabulary.area(framework, cells[0]);
            Optional<String> grade = vocabulary.grade(cells[1].replaceAll("\\.$", ""));
            if (area.isPresent() && grade.isPresent() && rows.stream().noneMatch(j -> j.areaId().equals(area.get()))) {
                rows.add(new Judgement(area.get(), grade.get(), cells[0].strip(), cells[1].strip().replaceAll("\\.$", "")));
            }
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows);
    }
}
