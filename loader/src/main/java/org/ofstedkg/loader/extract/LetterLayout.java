package org.ofstedkg.loader.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ofstedkg.loader.text.ReportText.Line;

/**
 * Where the parts of a letter sit: the date line near the top, the address block, the salutation, the subject
 * (the lines that carry the kind's cue words), the body, the lines after "Yours sincerely" and the copy list.
 * Every part is told by its form, not by its place alone, since letterheads run to any number of lines.
 */
final class LetterLayout {

    /** The letter's date, the address and the salutation sit within the opening lines. */
    private static final int OPENING_LINES = 40;
    /** Between the address and the salutation there may be the date and the subject, nothing more. */
    private static final int PARAGRAPHS_BEFORE_SALUTATION = 3;
    /** A subject line wraps onto three lines at most. */
    private static final int SUBJECT_LINES = 3;
    private static final Pattern DATE_ONLY = Pattern.compile(
            "^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}+\\.?,?\\s+(?:19|20)\\d{2}$");
    private static final Pattern SALUTATION = Pattern.compile("^Dear\\s+(.+?)[,:]?$");
    private static final Pattern SIGN_OFF = Pattern.compile("(?i)^yours\\s+(?:sincerely|faithfully|truly)[,.]?$");
    private static final Pattern COPY = Pattern.compile("(?i)^(?:copy to|copies to|copy|copies|cc)(?![a-z])\\s*:?\\s*(.*)$");

    private final List<Line> lines;
    private final int dateLine;
    private final int salutation;
    private final int[] subject;
    private final int signOff;
    private final int copyLine;

    /**
     * @param lines the letter's lines, markup removed
     * @param cue the folded words that told the letter's kind, which its subject line carries
     */
    LetterLayout(List<Line> lines, String cue) {
        this.lines = lines;
        int opening = Math.min(lines.size(), OPENING_LINES);
        this.dateLine = first(0, opening, line -> DATE_ONLY.matcher(MarkupResidue.singleSpaced(line)).matches()
                && InspectionDates.parse(line).filter(d -> d.days() == 1).isPresent());
        this.salutation = first(0, opening, line -> SALUTATION.matcher(line).matches());
        this.subject = subjectHolding(cue);
        int signOffAt = -1;
        for (int i = lines.size() - 1; i >= 0 && signOffAt < 0; i--) {
            if (SIGN_OFF.matcher(lines.get(i).text()).matches()) {
                signOffAt = i;
            }
        }
        this.signOff = signOffAt;
        this.copyLine = signOff < 0 ? -1 : first(signOff + 1, lines.size(), line -> COPY.matcher(line).matches());
    }

    /** The letter's own date, printed on a line of its own near the top. */
    Optional<LocalDate> date() {
        return dateLine < 0 ? Optional.empty()
                : InspectionDates.parse(lines.get(dateLine).text()).map(DateRange::start);
    }

    /**
     * The address block: the lines between the date and the salutation or subject, whichever comes first (blank lines
     * left out); or, when the date is not above them, the paragraph before the salutation (passing over the date and
     * the subject); or, in a letter without salutation, the paragraph after the date.
     */
    List<Line> addressBlock() {
        int next = firstAfterDate(salutation, subject[0]);
        if (next > dateLine + 1 && dateLine >= 0) {
            List<Line> between = nonBlank(dateLine + 1, next);
            if (!between.isEmpty()) {
                return between;
            }
        }
        if (salutation >= 0) {
            int end = salutation;
            for (int tries = 0; tries < PARAGRAPHS_BEFORE_SALUTATION && end > 0; tries++) {
                int[] paragraph = paragraphEndingBefore(end);
                if (paragraph == null) {
                    return List.of();
                }
                int from = dateLine >= paragraph[0] && dateLine < paragraph[1] ? dateLine + 1 : paragraph[0];
                boolean holdsSubject = subject[0] >= paragraph[0] && subject[0] < paragraph[1];
                if (!holdsSubject && from < paragraph[1]) {
                    return lines.subList(from, paragraph[1]);
                }
                end = paragraph[0];
            }
            return List.of();
        }
        if (dateLine >= 0) {
            int[] paragraph = paragraphFrom(dateLine + 1);
            if (paragraph != null && !(subject[0] >= paragraph[0] && subject[0] < paragraph[1])) {
                return lines.subList(paragraph[0], paragraph[1]);
            }
        }
        return List.of();
    }

    /** The words after "Dear", without honorific: a surname ("Threlfall"), or whatever the letter greets. */
    Optional<String> salutationName() {
        if (salutation < 0) {
            return Optional.empty();
        }
        Matcher matcher = SALUTATION.matcher(lines.get(salutation).text());
        matcher.matches();
        String name = PersonNames.withoutHonorific(matcher.group(1)).strip();
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    /** The subject: the lines with the words that told the letter's kind; empty when they are not found. */
    List<Line> subject() {
        return subject[0] < 0 ? List.of() : lines.subList(subject[0], subject[1]);
    }

    /** The letter's text from after the salutation (or after the subject, in a letter without one) to the sign-off. */
    List<Line> body() {
        int from = salutation >= 0 ? salutation + 1 : subject[0] >= 0 ? subject[0] : dateLine + 1;
        int to = signOff < 0 ? lines.size() : signOff;
        return from < to ? lines.subList(from, to) : List.of();
    }

    /** The lines after "Yours sincerely" up to the copy list; empty when the letter has no sign-off. */
    List<Line> signature() {
        if (signOff < 0) {
            return List.of();
        }
        return lines.subList(signOff + 1, copyLine < 0 ? lines.size() : copyLine);
    }

    /** The copy list: the words after "Copy:" or "cc" on its own line and the lines that follow. */
    List<Line> copyList() {
        if (copyLine < 0) {
            return List.of();
        }
        Line marker = lines.get(copyLine);
        Matcher matcher = COPY.matcher(marker.text());
        matcher.matches();
        List<Line> list = new ArrayList<>();
        if (!matcher.group(1).isBlank()) {
            list.add(new Line(matcher.group(1).strip(), marker.start() + matcher.start(1), marker.page()));
        }
        list.addAll(lines.subList(copyLine + 1, lines.size()));
        return list;
    }

    private int first(int from, int to, Predicate<String> test) {
        for (int i = from; i < to; i++) {
            if (test.test(lines.get(i).text())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The subject as {from, to}: from the line where the cue words begin (they may run onto the next line) to the
     * end of its paragraph, at most {@value #SUBJECT_LINES} lines, as text extraction may lose the blank line after
     * it; {-1, 0} when the cue is not found.
     */
    private int[] subjectHolding(String cue) {
        for (int i = 0; i < lines.size(); i++) {
            String here = Folding.fold(lines.get(i).text());
            String withNext = i + 1 < lines.size() ? Folding.fold(lines.get(i).text() + " " + lines.get(i + 1).text()) : here;
            if (here.contains(cue) || (withNext.contains(cue) && !Folding.fold(lines.get(i + 1).text()).contains(cue))) {
                int end = i;
                while (end < lines.size() && end < i + SUBJECT_LINES && !lines.get(end).isBlank() && end != salutation) {
                    end++;
                }
                return new int[] {i, Math.max(end, i + 1)};
            }
        }
        return new int[] {-1, 0};
    }

    /** The first of the given line indexes that comes after the date line, or -1. */
    private int firstAfterDate(int... indexes) {
        int first = -1;
        for (int index : indexes) {
            if (index > dateLine && (first < 0 || index < first)) {
                first = index;
            }
        }
        return first;
    }

    private List<Line> nonBlank(int from, int to) {
        return lines.subList(from, to).stream().filter(line -> !line.isBlank()).toList();
    }

    /** The first paragraph at or after line {@code from}, as {from, to}, or null. */
    private int[] paragraphFrom(int from) {
        int start = from;
        while (start < lines.size() && lines.get(start).isBlank()) {
            start++;
        }
        if (start >= lines.size()) {
            return null;
        }
        int end = start;
        while (end < lines.size() && !lines.get(end).isBlank()) {
            end++;
        }
        return new int[] {start, end};
    }

    /** The last paragraph ending before line {@code end}, as {from, to}, or null. */
    private int[] paragraphEndingBefore(int end) {
        int last = end - 1;
        while (last >= 0 && lines.get(last).isBlank()) {
            last--;
        }
        if (last < 0) {
            return null;
        }
        int start = last;
        while (start > 0 && !lines.get(start - 1).isBlank()) {
            start--;
        }
        return new int[] {start, last + 1};
    }
}
