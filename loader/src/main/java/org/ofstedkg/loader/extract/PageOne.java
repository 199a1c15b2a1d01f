package org.ofstedkg.loader.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ofstedkg.loader.gazetteer.Authority;
import org.ofstedkg.loader.gazetteer.Gazetteer;
import org.ofstedkg.loader.text.ReportText;
import org.ofstedkg.loader.text.ReportText.Line;

/**
 * The opening of a report: its first page (or, for a text without pages, its first lines), the title block above
 * the date line, the date line itself and the publication line. Every report kind prints these alike.
 */
final class PageOne {

    /** How many lines stand in for a first page when the text has no pages (OCR copies, Markdown). */
    private static final int UNPAGED_LINES = 90;
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?i)^(?:inspection dates?|dates? of (?:the )?inspection|inspection took place|fieldwork dates?)\\s*:?\\s*(.*)$");
    private static final Pattern PUBLISHED = Pattern.compile("(?i)^(?:report )?published\\s*:?\\s*(.*)$");
    private static final Pattern ILACS_NAME = Pattern.compile(
            "(?i)Inspection of (?:the )?(.+?)\\s+(?:local authority\\s+)?children[’']s\\s+(?:social care\\s+)?services");

    private final List<Line> lines;
    private final int dateLine;

    PageOne(ReportText text) {
        List<Line> first = new ArrayList<>();
        for (Line line : text.lines()) {
            if (text.pageCount() > 0 ? line.page() <= 1 : first.size() < UNPAGED_LINES) {
                first.add(line);
            } else {
                break;
            }
        }
        this.lines = first;
        int found = -1;
        for (int i = 0; i < first.size(); i++) {
            if (DATE_LINE.matcher(first.get(i).text()).matches()) {
                found = i;
                break;
            }
        }
        this.dateLine = found;
    }

    List<Line> lines() {
        return lines;
    }

    /** The lines above the date line: title, authority name. All of page one when there is no date line. */
    List<Line> titleBlock() {
        return dateLine < 0 ? lines : lines.subList(0, dateLine);
    }

    /** The fieldwork dates of the date line, which may run onto the next line. */
    Optional<DateRange> inspectionDates() {
        if (dateLine < 0) {
            return Optional.empty();
        }
        Matcher matcher = DATE_LINE.matcher(lines.get(dateLine).text());
        matcher.matches();
        String words = matcher.group(1);
        if (dateLine + 1 < lines.size()) {
            words = words + " " + lines.get(dateLine + 1).text();
        }
        return InspectionDates.find(words);
    }

    /** The publication date of a 'Report published:' or 'Published:' line. */
    Optional<LocalDate> publicationDate() {
        for (Line line : lines) {
            Matcher matcher = PUBLISHED.matcher(line.text());
            if (matcher.matches()) {
                Optional<DateRange> date = InspectionDates.find(matcher.group(1));
                if (date.isPresent() && date.get().days() == 1) {
                    return Optional.of(date.get().start());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The inspected authority as the title block names it: 'Inspection of Lancashire local authority children's
     * services', or a line of its own above or below the title ('London Borough of Croydon', 'Kent County Council'),
     * which may wrap over two lines.
     */
    Optional<NamedAuthority> authority(Gazetteer gazetteer) {
        List<Line> block = titleBlock();
        StringBuilder joined = new StringBuilder();
        block.forEach(line -> joined.append(line.text()).append(' '));
        Matcher ilacs = ILACS_NAME.matcher(joined.toString().replaceAll("\\s+", " "));
        if (ilacs.find()) {
            Optional<Authority> found = gazetteer.resolve(ilacs.group(1));
            if (found.isPresent()) {
                return Optional.of(new NamedAuthority(found.get(), ilacs.group(1).strip()));
            }
        }
        for (int i = 0; i < block.size(); i++) {
            String line = block.get(i).text();
            if (line.isBlank()) {
                continue;
            }
            Optional<Authority> found = gazetteer.resolve(line);
            if (found.isPresent()) {
                return Optional.of(new NamedAuthority(found.get(), line.strip()));
            }
            if (i + 1 < block.size()) {
                String two = line + " " + block.get(i + 1).text();
                found = gazetteer.resolve(two);
                if (found.isPresent()) {
                    return Optional.of(new NamedAuthority(found.get(), two.strip()));
                }
            }
        }
        return Optional.empty();
    }

    /** An authority with the words that named it. */
    record NamedAuthority(Authority authority, String asPrinted) {}
}
