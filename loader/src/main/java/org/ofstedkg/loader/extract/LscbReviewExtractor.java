package org.ofstedkg.loader.extract;

import java.time.LocalDate;
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

/**
 * Reads the stand-alone "Review of the effectiveness of the Local Safeguarding Children Board" (2013-2018, when a
 * board was reviewed apart from a SIF inspection): the title block with the authority, the date and publication
 * lines, the board's one grade from its headline sentence, and the review team at the end (or a lead inspector
 * line in the title block).
 */
public final class LscbReviewExtractor implements ReportExtractor {

    static final String KIND = "lscb-review";
    private static final Set<String> TEAM_HEADINGS = Set.of("the review team", "review team", "the inspection team", "inspection team");

    private final Gazetteer gazetteer;
    private final LscbGrade grade;

    public LscbReviewExtractor(Gazetteer gazetteer, JudgementVocabulary vocabulary) {
        this.gazetteer = gazetteer;
        this.grade = new LscbGrade(vocabulary);
    }

    @Override
    public Set<String> kinds() {
        return Set.of("lscb");
    }

    @Override
    public ReportDocument extract(SourceFile file, ReportText text, ReportKind kind) throws NotAReportException {
        ReportOpening opening = ReportOpening.read(file, text, gazetteer);
        List<LoadIssue> issues = opening.issues;
        Issues note = opening.note;
        PageOne pageOne = opening.pageOne;
        PageOne.NamedAuthority authority = opening.authority;
        Optional<DateRange> dates = opening.dates;
        List<Judgement> judgements = grade.in(text.lines()).map(List::of).orElse(List.of());
        if (judgements.isEmpty()) {
            note.warn("no sentence grades the Local Safeguarding Children Board");
        }
        List<TeamMember> team = InspectionTeam.teamList(text.lines(), TEAM_HEADINGS, true);
        if (team.isEmpty()) {
            team = InspectionTeam.leadInTitleBlock(pageOne.lines());
        }
        if (team.stream().noneMatch(m -> "lead-inspector".equals(m.roleId()))) {
            note.warn("no lead inspector named");
        }
        Optional<LocalDate> published = pageOne.publicationDate();
        if (published.isEmpty()) {
            note.warn("no publication date in the text");
        }
        InspectionFacts inspection = new InspectionFacts(KIND, "title '" + kind.cue() + "'",
                authority.authority(), authority.asPrinted(),
                opening.start(), opening.end(), opening.datesAsPrinted(), published.orElse(null), judgements, team);
        return new ReportDocument(file.fileName(), file.sha256(), text.mediaType(), text.pageCount(),
                Titles.of(text, pageOne), DocumentKind.INSPECTION_REPORT, null, inspection, List.of(), List.of(), issues);
    }
}
