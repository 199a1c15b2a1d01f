package org.ofstedkg.loader.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ofstedkg.loader.gazetteer.Gazetteer;
import org.ofstedkg.loader.read.SourceFile;
import org.ofstedkg.loader.report.DocumentKind;
import org.ofstedkg.loader.report.InspectionFacts;
import org.ofstedkg.loader.report.Judgement;
import org.ofstedkg.loader.report.LoadIssue;
import org.ofstedkg.loader.report.ReportDocument;
import org.ofstedkg.loader.report.TeamMember;
import org.ofstedkg.loader.text.ReportText;
import org.ofstedkg.loader.text.ReportText.Line;

/**
 * Reads the 2013 inspections of looked-after children services: a four-point scale ('Grade 3 (Adequate)') printed
 * under each judgement heading. Only the overall effectiveness of services maps to an area of the vocabulary
 * ({@code overall-effectiveness}); the other judgements are noted in the load summary, not guessed into areas they
 * do not match.
 */
public final class LookedAfterChildrenExtractor implements ReportExtractor {

    private static final String OVERALL_HEADING = "overall effectiveness of services for looked after children";
    private static final int GRADE_WITHIN_LINES = 3;

    private final Gazetteer gazetteer;
    private final JudgementVocabulary vocabulary;

    public LookedAfterChildrenExtractor(Gazetteer gazetteer, JudgementVocabulary vocabulary) {
        this.gazetteer = gazetteer;
        this.vocabulary = vocabulary;
    }

    @Override
    public Set<String> kinds() {
        return Set.of("lac");
    }

    @Override
    public ReportDocument extract(SourceFile file, ReportText text, ReportKind kind) throws NotAReportException {
        ReportOpening opening = ReportOpening.read(file, text, gazetteer);
        List<LoadIssue> issues = opening.issues;
        Issues note = opening.note;
        PageOne pageOne = opening.pageOne;
        PageOne.NamedAuthority authority = opening.authority;
        Optional<DateRange> dates = opening.dates;
        List<Judgement> judgements = new ArrayList<>();
        List<Line> lines = text.lines();
        for (int i = 0; i < lines.size() && judgements.isEmpty(); i++) {
            String heading = Folding.fold(lines.get(i).text() + (i + 1 < lines.size() ? " " + lines.get(i + 1).text() : ""));
            if (!heading.startsWith(OVERALL_HEADING)) {
                continue;
            }
            for (int j = i + 1; j <= i + GRADE_WITHIN_LINES && j < lines.size(); j++) {
                Optional<String> grade = vocabulary.grade(lines.get(j).text());
                if (grade.isPresent()) {
                    judgements.add(new Judgement("overall-effectiveness", grade.get(),
                            "Overall effectiveness of services for looked after children and young people", lines.get(j).text()));
                    break;
                }
            }
        }
        if (judgements.isEmpty()) {
            note.warn("no overall effectiveness grade found");
        }
        note.warn("the other judgements of a 2013 looked-after-children inspection have no area in the vocabulary and are not loaded");
        List<TeamMember> team = InspectionTeam.leadInTitleBlock(pageOne.lines());
        InspectionFacts inspection = new InspectionFacts("lac-2013", "title '" + kind.cue() + "'",
                authority.authority(), authority.asPrinted(),
                opening.start(), opening.end(), opening.datesAsPrinted(), pageOne.publicationDate().orElse(null), judgements, team);
        return new ReportDocument(file.fileName(), file.sha256(), text.mediaType(), text.pageCount(),
                Titles.of(text, pageOne), DocumentKind.INSPECTION_REPORT, null, inspection, List.of(), List.of(), issues);
    }
}
