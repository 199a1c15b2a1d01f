package org.ofstedkg.loader.extract;

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
import org.ofstedkg.loader.report.Section;
import org.ofstedkg.loader.report.TeamMember;
import org.ofstedkg.loader.text.ReportText;

/**
 * Reads reports of inspections of local authority children's services (ILACS, since 2018): the title block, the
 * date and lead-inspector lines, the judgement table cross-checked against the graded section headings.
 *
 * <p>ILACS reports do not print whether an inspection was standard or short. The framework fixes the fieldwork of a
 * short inspection at one week and of a standard one at two, so the dates tell: {@value #LONGEST_SHORT_DAYS} days
 * or fewer from first to last day is short, more is standard; without dates the kind is plain {@code ilacs}.
 */
public final class IlacsReportExtractor implements ReportExtractor {

    static final int LONGEST_SHORT_DAYS = 7;
    static final String FRAMEWORK = "ilacs";

    private final Gazetteer gazetteer;
    private final JudgementVocabulary vocabulary;

    public IlacsReportExtractor(Gazetteer gazetteer, JudgementVocabulary vocabulary) {
        this.gazetteer = gazetteer;
        this.vocabulary = vocabulary;
    }

    @Override
    public Set<String> kinds() {
        return Set.of("ilacs");
    }

    @Override
    public ReportDocument extract(SourceFile file, ReportText text, ReportKind kind) throws NotAReportException {
        ReportOpening opening = ReportOpening.read(file, text, gazetteer);
        List<LoadIssue> issues = opening.issues;
        Issues note = opening.note;
        PageOne pageOne = opening.pageOne;
        PageOne.NamedAuthority authority = opening.authority;
        Optional<DateRange> dates = opening.dates;
        String kindId = FRAMEWORK;
        String kindBasis = "title '" + kind.cue() + "' (ILACS); fieldwork length not stated";
        if (dates.isPresent()) {
            boolean isShort = dates.get().days() <= LONGEST_SHORT_DAYS;
            kindId = isShort ? "ilacs-short" : "ilacs-standard";
            kindBasis = "ILACS title '" + kind.cue() + "'; fieldwork of " + dates.get().days() + " days ("
                    + (isShort ? "one week: short" : "two weeks: standard") + " inspection)";
        }

        List<Section> headings = GradedHeadings.find(text.lines(), FRAMEWORK, vocabulary, text.text().length());
        List<Judgement> judgements = Judgements.crossChecked(
                JudgementTable.read(pageOne.lines(), FRAMEWORK, vocabulary), headings, vocabulary, note);

        List<TeamMember> team = InspectionTeam.leadInTitleBlock(pageOne.lines());
        if (team.isEmpty()) {
            note.warn("no lead inspector named");
        }
        if (pageOne.publicationDate().isEmpty()) {
            note.warn("no publication date in the text");
        }
        InspectionFacts inspection = new InspectionFacts(kindId, kindBasis, authority.authority(), authority.asPrinted(),
                opening.start(), opening.end(), opening.datesAsPrinted(), pageOne.publicationDate().orElse(null), judgements, team);
        return new ReportDocument(file.fileName(), file.sha256(), text.mediaType(), text.pageCount(),
                Titles.of(text, pageOne), DocumentKind.INSPECTION_REPORT, null, inspection, List.of(), headings, issues);
    }
}
