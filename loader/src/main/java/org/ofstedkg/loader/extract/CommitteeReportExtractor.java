package org.ofstedkg.loader.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.ofstedkg.loader.gazetteer.Gazetteer;
import org.ofstedkg.loader.read.SourceFile;
import org.ofstedkg.loader.report.DocumentKind;
import org.ofstedkg.loader.report.InspectionFacts;
import org.ofstedkg.loader.report.Judgement;
import org.ofstedkg.loader.report.LoadIssue;
import org.ofstedkg.loader.report.PersonMention;
import org.ofstedkg.loader.report.ReportDocument;
import org.ofstedkg.loader.report.Section;
import org.ofstedkg.loader.report.TeamMember;
import org.ofstedkg.loader.text.ReportText.Line;
import org.ofstedkg.loader.text.ReportText;

/**
 * Reads council committee papers that report an inspection to members: a secondary source, in the council's words.
 *
 * <p>The paper's date is its meeting's ("Date of Meeting: 27 January 2020"). What it says of the inspection is read
 * as it says it: the kind from the words it uses of this inspection ({@link StatedKind}); the authority from its
 * title, else the one it names most; the fieldwork from the first sentence that speaks of the inspection and
 * prints a date range (councils may count from the notification week, so these can differ from Ofsted's); the
 * publication date from the sentence that says Ofsted published; the grades from the judgement table it restates;
 * the inspectors from a "Name – Role" list. The portfolio holder, senior officer and report author are people
 * mentioned. A paper that names no kind of inspection describes none this project can place.
 */
public final class CommitteeReportExtractor implements ReportExtractor {

    private static final String MEETING_DATE = "date of (?:the )?meeting|meeting date";
    private static final String REPORT_TITLE = "report title|title of (?:the )?report";

    private final Gazetteer gazetteer;
    private final JudgementVocabulary vocabulary;

    public CommitteeReportExtractor(Gazetteer gazetteer, JudgementVocabulary vocabulary) {
        this.gazetteer = gazetteer;
        this.vocabulary = vocabulary;
    }

    @Override
    public Set<String> kinds() {
        return Set.of("committee");
    }

    @Override
    public ReportDocument extract(SourceFile file, ReportText text, ReportKind kind) throws NotAReportException {
        List<LoadIssue> issues = new ArrayList<>();
        Issues note = new Issues(file.fileName(), issues);
        List<Line> lines = MarkupResidue.strip(text.lines());
        List<LabelledFields.Field> fields = LabelledFields.of(lines);

        Optional<LocalDate> meeting = LabelledFields.first(fields, MEETING_DATE)
                .flatMap(f -> InspectionDates.find(f.value())).filter(d -> d.days() == 1).map(DateRange::start);
        if (meeting.isEmpty()) {
            note.warn("no date of meeting in the text");
        }
        Optional<LabelledFields.Field> title = LabelledFields.first(fields, REPORT_TITLE);

        List<String> sentences = Sentences.of(lines);
        Optional<String> dateSentence = FieldworkSentence.first(sentences);
        Optional<DateRange> dates = dateSentence.flatMap(FieldworkSentence::dates);
        if (dates.isEmpty()) {
            note.warn("no inspection dates in the text");
        }
        StatedKind stated = StatedKind.of(title.map(LabelledFields.Field::value).orElse(null), dateSentence.orElse(null),
                sentences, dates, note).orElseThrow(() -> new NotAReportException(file.fileName(),
                        "is a committee paper that does not say which kind of inspection it describes"));

        PageOne.NamedAuthority authority = authority(title, text, note)
                .orElseThrow(() -> new NotAReportException(file.fileName(), "names no local authority that the gazetteer knows"));
        Optional<LocalDate> published = publicationDate(sentences);
        if (published.isEmpty()) {
            note.warn("no publication date in the text");
        }

        List<Judgement> judgements = List.of();
        Optional<String> framework = InspectionKinds.bundled().framework(stated.id());
        if (framework.isPresent()) {
            List<Section> headings = GradedHeadings.find(lines, framework.get(), vocabulary, text.text().length());
            Optional<List<Judgement>> table = JudgementRows.read(lines, framework.get(), vocabulary)
                    .or(() -> JudgementTable.read(lines, framework.get(), vocabulary));
            if (table.isPresent() || !headings.isEmpty()) {
                judgements = Judgements.crossChecked(table, headings, vocabulary, note);
            }
        }
        if (judgements.isEmpty()) {
            note.warn("the paper restates no grades");
        }

        List<TeamMember> team = CommitteeTeam.in(lines);
        if (team.stream().noneMatch(m -> "lead-inspector".equals(m.roleId()))) {
            note.warn("no lead inspector named");
        }
        List<PersonMention> people = CommitteePeople.in(lines, fields);

        InspectionFacts inspection = new InspectionFacts(stated.id(), stated.basis(), authority.authority(),
                authority.asPrinted(), dates.map(DateRange::start).orElse(null), dates.map(DateRange::end).orElse(null),
                dates.map(DateRange::asPrinted).orElse(null), published.orElse(null), judgements, team);
        List<Line> titleLine = title.map(f -> List.of(new Line(f.value(), lines.get(f.index()).start(),
                lines.get(f.index()).page()))).orElse(List.of());
        return new ReportDocument(file.fileName(), file.sha256(), text.mediaType(), text.pageCount(),
                Titles.of(text, titleLine), DocumentKind.COMMITTEE_REPORT, meeting.orElse(null), inspection, people,
                List.of(), issues);
    }

    /** The authority the title names, else the one the paper names most (noted). */
    private Optional<PageOne.NamedAuthority> authority(Optional<LabelledFields.Field> title, ReportText text, Issues note) {
        Optional<PageOne.NamedAuthority> inTitle = title.flatMap(f -> AuthoritySpans.find(f.value(), gazetteer))
                .map(AuthoritySpans.Span::named);
        if (inTitle.isPresent()) {
            return inTitle;
        }
        return note.authorityFromBody(gazetteer.mostMentionedIn(text.text()));
    }

    /** The day printed after the words that say Ofsted published its report. */
    private static Optional<LocalDate> publicationDate(List<String> sentences) {
        for (String sentence : sentences) {
            int at = sentence.toLowerCase(Locale.ROOT).indexOf("publish");
            if (at >= 0 && Folding.fold(sentence).contains("report")) {
                Optional<DateRange> day = InspectionDates.find(sentence.substring(at)).filter(d -> d.days() == 1);
                if (day.isPresent()) {
                    return Optional.of(day.get().start());
                }
            }
        }
        return Optional.empty();
    }
}
