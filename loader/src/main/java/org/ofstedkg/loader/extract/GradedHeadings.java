package org.ofstedkg.loader.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ofstedkg.loader.report.Section;
import org.ofstedkg.loader.text.ReportText.Line;

/**
 * Finds the headings of judgement sections that repeat their grade ("The experiences and progress of children who
 * need help and protection: good"), also where the heading wraps over two or three lines. They open the sections
 * of an ILACS report, and their grades cross-check the table.
 */
final class GradedHeadings {

    private static final int MOST_WRAPPED_LINES = 3;

    private GradedHeadings() {}

    /** The graded headings of {@code lines} in reading order, each as a section reaching to the next. */
    static List<Section> find(List<Line> lines, String framework, JudgementVocabulary vocabulary, int textLength) {
        Pattern headingEnd = Pattern.compile("^(.*?):\\s*(" + vocabulary.gradeRegex() + ")\\.?$");
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher matcher = headingEnd.matcher(Folding.fold(lines.get(i).text()));
            if (!matcher.matches()) {
                continue;
            }
            String heading = matcher.group(1);
            for (int back = 0; back < MOST_WRAPPED_LINES && i - back >= 0; back++) {
                if (back > 0) {
                    heading = Folding.fold(lines.get(i - back).text()) + " " + heading;
                }
                Optional<String> area = vocabulary.area(framework, heading);
                if (area.isPresent()) {
                    Line first = lines.get(i - back);
                    sections.add(new Section(printed(lines, i - back, i), area.get(), printedGrade(lines.get(i).text()),
                            first.start(), textLength, first.page()));
                    break;
                }
            }
        }
        List<Section> bounded = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            int end = i + 1 < sections.size() ? sections.get(i + 1).start() : s.end();
            bounded.add(new Section(s.heading(), s.areaId(), s.gradeAsPrinted(), s.start(), end, s.page()));
        }
        return bounded;
    }

    private static String printed(List<Line> lines, int from, int to) {
        StringBuilder heading = new StringBuilder();
        for (int i = from; i <= to; i++) {
            heading.append(i > from ? " " : "").append(lines.get(i).text());
        }
        String text = heading.toString();
        return text.substring(0, text.lastIndexOf(':')).strip();
    }

    private static String printedGrade(String line) {
        return line.substring(line.lastIndexOf(':') + 1).strip().replaceAll("\\.$", "");
    }
}
