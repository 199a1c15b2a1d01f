package org.ofstedkg.loader.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Reads reports of the single inspection framework (SIF, 2013-2018; re-inspections too), which most often include
 * the review of the Local Safeguarding Children Board.
 *
 * <p>The overall judgement is the first page's headline ("Children's services in X require improvement to be
 * good", "The overall judgement is that children's services are good"); the other grades are the first page's
 * numbered list ("2.1 Adoption performance Good"); the LSCB's grade is its headline sentence ("The Local
 * Safeguarding Children Board is good", "The effectiveness of the LSCB requires improvement"); the team is the
 * list at the end of the report.
 */
public final class SifReportExtractor implements ReportExtractor {

    static final String FRAMEWORK = "sif";
    private static final Pattern ROW_START = Pattern.compile("^\\d(?:\\.\\d)?\\.?\\s+\\S.*");
    /** A row's label and grade can wrap: '2. Children looked after and achieving' / 'permanence' / 'Requires' / 'improvement to be' / 'good'. */
    private static final int LONGEST_ROW_LINES = 5;

    private final Gazetteer gazetteer;
    private final JudgementVocabulary vocabulary;
    private final Pattern headline;
    private final LscbGrade lscb;
    private final Pattern row;

    public SifReportExtractor(Gazetteer gazetteer, JudgementVocabulary vocabulary) {
        this.gazetteer = gazetteer;
        this.vocabulary = vocabulary;
        String grade = "(" + vocabulary.gradeRegex() + ")";
        // 'require(s) improvement' is a grade label in itself, so only 'are' and 'is' are verbs to pass over.
        this.headline = Pattern.compile("(?:the overall judgement is(?: that)?(?: children's services)?(?: are| is)?"
                + "|children's services?(?: in (?:(?!\\bnot\\b)[^\\n]){1,60}?)?(?:\\s(?:are|is))?)\\s+" + grade);
        this.lscb = new LscbGrade(vocabulary);
        this.row = Pattern.compile("^\\d(?:\\.\\d)?\\.?\\s+(.+?)\\s+" + grade + "\\.?$");
    }

    @Override
    public Set<String> kinds() {
        return Set.of("sif");
    }

    @Override
    public ReportDocument extract(SourceFile file, ReportText text, ReportKind kind) throws NotAReportException {
        ReportOpening opening = ReportOpening.read(file, text, gazetteer);
        List<LoadIssue> issues = opening.issues;
        Issues note = opening.note;
        PageOne pageOne = opening.pageOne;
        PageOne.NamedAuthority authority = opening.authority;
        Optional<DateRange> dates = opening.dates;

        String pageOneFolded = FoldedLines.of(pageOne.lines());
        List<Judgement> judgements = new ArrayList<>();
        Matcher overall = headline.matcher(pageOneFolded.replace('\n', ' '));
        if (overall.find()) {
            judgements.add(new Judgement("sif-overall", vocabulary.grade(overall.group(1)).orElseThrow(),
                    "Overall judgement", overall.group(1)));
        } else {
            note.warn("no overall judgement on the first page");
        }
        judgements.addAll(numberedRows(pageOne.lines()));
        lscb.in(text.lines()).ifPresent(judgements::add);

        List<TeamMember> team = InspectionTeam.teamList(text.lines());
        if (team.stream().noneMatch(m -> "lead-inspector".equals(m.roleId()))) {
            note.warn("no lead inspector named");
        }
        Optional<java.time.LocalDate> published = pageOne.publicationDate();
        if (published.isEmpty()) {
            note.warn("no publication date in the text");
        }
        InspectionFacts inspection = new InspectionFacts("sif", "SIF title '" + kind.cue() + "'",
                authority.authority(), authority.asPrinted(),
                opening.start(), opening.end(), opening.datesAsPrinted(), published.orElse(null), judgements, team);
        return new ReportDocument(file.fileName(), file.sha256(), text.mediaType(), text.pageCount(),
                Titles.of(text, pageOne), DocumentKind.INSPECTION_REPORT, null, inspection, List.of(), List.of(), issues);
    }

    /** The numbered judgement rows of the first page, each possibly wrapped over a few lines. */
    private List<Judgement> numberedRows(List<Line> lines) {
        List<Judgement> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!ROW_START.matcher(lines.get(i).text()).matches()) {
                continue;
            }
            String joined = Folding.fold(lines.get(i).text());
            for (int more = 0; more <= LONGEST_ROW_LINES; more++) {
                Matcher matcher = row.matcher(joined);
                if (matcher.matches()) {
                    // A page number can fall between a row's label and its grade.
                    Optional<String> area = vocabulary.area(FRAMEWORK, matcher.group(1).replaceFirst("\\s+\\d{1,3}$", ""));
                    if (area.isPresent() && rows.stream().noneMatch(j -> j.areaId().equals(area.get()))) {
                        rows.add(new Judgement(area.get(), vocabulary.grade(matcher.group(2)).orElseThrow(),
                                matcher.group(1), matcher.group(2)));
                    }
                    break;
                }
                if (i + more + 1 >= lines.size()) {
                    break;
                }
                joined = joined + " " + Folding.fold(lines.get(i + more + 1).text());
            }
        }
        return rows;
    }
}
