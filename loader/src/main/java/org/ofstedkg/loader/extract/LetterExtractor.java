package org.ofstedkg.loader.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ofstedkg.loader.gazetteer.Gazetteer;
import org.ofstedkg.loader.read.SourceFile;
import org.ofstedkg.loader.report.DocumentKind;
import org.ofstedkg.loader.report.InspectionFacts;
import org.ofstedkg.loader.report.LoadIssue;
import org.ofstedkg.loader.report.PersonMention;
import org.ofstedkg.loader.report.ReportDocument;
import org.ofstedkg.loader.report.TeamMember;
import org.ofstedkg.loader.text.ReportText;
import org.ofstedkg.loader.text.ReportText.Line;

/**
 * Reads Ofsted's letters after an ungraded inspection or visit: annual unannounced inspections of contact, referral
 * and assessment (2009-2012), focused visits, monitoring visits and joint targeted area inspections.
 *
 * <p>The letter's own date is the document's date, never the inspection's: the fieldwork dates come from the first
 * sentence of the body that speaks of the inspection or visit and prints a date range. The addressee and copy
 * recipients are people mentioned; an inspector who signs ("Her Majesty's Inspector") is on the team as signatory,
 * and is the lead inspector only where the letter says who led. Signatories of other posts (the heads of the
 * inspectorates that sign a JTAI letter) are mentioned, not put on the team. The kind is the letter's subject
 * cue. These inspections give no grades, so a letter has no judgements, and no publication date is printed in
 * letters, so none is looked for.
 */
public final class LetterExtractor implements ReportExtractor {

    private static final String SIGNATORY = "signatory";
    /** The address, subject and opening sentence lie within these lines when the subject names no authority. */
    private static final int OPENING_LINES = 40;

    private final Gazetteer gazetteer;

    public LetterExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Set<String> kinds() {
        return Set.of("letter");
    }

    @Override
    public ReportDocument extract(SourceFile file, ReportText text, ReportKind kind) throws NotAReportException {
        List<LoadIssue> issues = new ArrayList<>();
        Issues note = new Issues(file.fileName(), issues);
        List<Line> lines = MarkupResidue.strip(text.lines());
        LetterLayout layout = new LetterLayout(lines, kind.cue());

        Optional<LocalDate> letterDate = layout.date();
        if (letterDate.isEmpty()) {
            note.warn("no letter date near the top");
        }
        Correspondents correspondents = new Correspondents(gazetteer);
        List<PersonMention> addressees = correspondents.addressees(layout.addressBlock(), layout.salutationName());
        if (addressees.isEmpty()) {
            note.warn("no addressee read from the address block");
        }
        List<PersonMention> people = new ArrayList<>(addressees);
        people.addAll(correspondents.copyRecipients(layout.copyList()));

        PageOne.NamedAuthority authority = authority(layout, addressees, lines, text, note)
                .orElseThrow(() -> new NotAReportException(file.fileName(), "names no local authority that the gazetteer knows"));

        List<String> sentences = Sentences.of(layout.body());
        Optional<DateRange> dates = FieldworkSentence.first(sentences).flatMap(FieldworkSentence::dates)
                .or(() -> new PageOne(text).inspectionDates());
        if (dates.isEmpty()) {
            note.warn("no inspection dates in the text");
        }

        List<TeamMember> team = new ArrayList<>(InspectionTeam.leadInTitleBlock(lines));
        team.addAll(VisitTeam.in(sentences));
        List<Signatures.Signature> signatures = Signatures.read(layout.signature());
        if (signatures.isEmpty()) {
            note.warn("no signature after the letter's closing words");
        }
        for (Signatures.Signature signature : signatures) {
            if (InspectionTeam.isInspectorTitle(signature.designation())) {
                team.add(new TeamMember(signature.name(), SIGNATORY, signature.designation(), signature.designation()));
            } else {
                people.add(new PersonMention(signature.name(), SIGNATORY,
                        signature.designation().isEmpty() ? null : signature.designation(), null));
            }
        }
        if (team.stream().noneMatch(m -> VisitTeam.LEAD.equals(m.roleId()))) {
            note.warn("the letter does not say who led the " + (kind.inspectionKindId().endsWith("visit") ? "visit" : "inspection"));
        }

        InspectionFacts inspection = new InspectionFacts(kind.inspectionKindId(), "letter subject '" + kind.cue() + "'",
                authority.authority(), authority.asPrinted(),
                dates.map(DateRange::start).orElse(null), dates.map(DateRange::end).orElse(null),
                dates.map(DateRange::asPrinted).orElse(null), null, List.of(), team);
        return new ReportDocument(file.fileName(), file.sha256(), text.mediaType(), text.pageCount(),
                Titles.of(text, layout.subject()), DocumentKind.INSPECTION_LETTER, letterDate.orElse(null), inspection,
                people, List.of(), issues);
    }

    /**
     * The inspected authority: named in the subject line, else the addressee's organisation, else the authority the
     * opening lines name most, else the one the whole letter names most.
     */
    private Optional<PageOne.NamedAuthority> authority(LetterLayout layout, List<PersonMention> addressees,
            List<Line> lines, ReportText text, Issues note) {
        Optional<PageOne.NamedAuthority> inSubject = AuthoritySpans.find(joined(layout.subject()), gazetteer)
                .map(AuthoritySpans.Span::named);
        if (inSubject.isPresent()) {
            return inSubject;
        }
        for (PersonMention addressee : addressees) {
            if (addressee.organisationAsPrinted() != null) {
                Optional<PageOne.NamedAuthority> organisation = AuthoritySpans.find(addressee.organisationAsPrinted(), gazetteer)
                        .map(AuthoritySpans.Span::named);
                if (organisation.isPresent()) {
                    note.warn("no authority in the subject line; " + organisation.get().authority().name()
                            + " told from the addressee's organisation");
                    return organisation;
                }
            }
        }
        Optional<PageOne.NamedAuthority> opening = gazetteer.mostMentionedIn(joined(lines.subList(0, Math.min(lines.size(), OPENING_LINES))))
                .map(a -> new PageOne.NamedAuthority(a, null));
        if (opening.isPresent()) {
            note.warn("no authority in the subject line; " + opening.get().authority().name() + " told from the opening lines");
            return opening;
        }
        return note.authorityFromBody(gazetteer.mostMentionedIn(text.text()));
    }

    private static String joined(List<Line> lines) {
        StringBuilder words = new StringBuilder();
        lines.forEach(line -> words.append(line.text()).append(' '));
        return MarkupResidue.singleSpaced(words.toString());
    }
}
