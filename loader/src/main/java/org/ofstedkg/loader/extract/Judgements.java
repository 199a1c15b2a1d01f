package org.ofstedkg.loader.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ofstedkg.loader.report.Judgement;
import org.ofstedkg.loader.report.Section;

/** Reconciles the grades a report's table gives with those its section headings repeat. */
final class Judgements {

    private Judgements() {}

    /**
     * The table's judgements, each checked against its section heading: a disagreement is noted naming both and the
     * table's grade kept (the table is the report's statement of its judgements). Without a table, the headings'
     * grades stand in, noted as such.
     */
    static List<Judgement> crossChecked(Optional<List<Judgement>> table, List<Section> headings,
            JudgementVocabulary vocabulary, Issues note) {
        if (table.isEmpty()) {
            List<Judgement> fromHeadings = new ArrayList<>();
            for (Section heading : headings) {
                if (fromHeadings.stream().noneMatch(j -> j.areaId().equals(heading.areaId()))) {
                    vocabulary.grade(heading.gradeAsPrinted()).ifPresent(grade -> fromHeadings.add(
                            new Judgement(heading.areaId(), grade, heading.heading(), heading.gradeAsPrinted())));
                }
            }
            note.warn(fromHeadings.isEmpty() ? "no judgement table and no graded headings: no judgements"
                    : "judgement table unreadable: " + fromHeadings.size() + " grades taken from section headings");
            return fromHeadings;
        }
        for (Judgement judgement : table.get()) {
            for (Section heading : headings) {
                if (judgement.areaId().equals(heading.areaId())) {
                    String headingGrade = vocabulary.grade(heading.gradeAsPrinted()).orElse("?");
                    if (!headingGrade.equals(judgement.gradeId())) {
                        note.conflict(heading.page(), "the judgement table grades " + judgement.areaId() + " '"
                                + judgement.gradeAsPrinted() + "' but its section heading says '"
                                + heading.gradeAsPrinted() + "'; the table's grade is kept");
                    }
                }
            }
        }
        return table.get();
    }
}
