package org.ofstedkg.loader.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ofstedkg.loader.statements.StatementLists.Role;
import org.ofstedkg.loader.text.ReportText;
import org.ofstedkg.loader.text.ReportText.Line;

/**
 * A council paper's areas for improvement: the sub-headings under its 'Areas for improvement' heading, each naming
 * one area Ofsted found, with the council's action paragraphs ('5.10.1', '5.10.2' ...) under them, which are not
 * items. The list ends at the first numbered paragraph outside the heading's own numbering ('5.11', '6.').
 *
 * <p>Read from lines rather than blocks: a plain-text copy of a Markdown paper keeps '#### **...**' marks, and its
 * sub-headings then read as parts of paragraphs.
 */
final class CommitteeAreas {

    private static final Pattern NUMBER = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\.?\\s");
    private static final Pattern MARKS = Pattern.compile("^#+\\s*|\\*\\*");

    private CommitteeAreas() {}

    /** The areas for improvement of a council paper's text, in reading order. */
    static List<Listed> read(ReportText text, int bodyEnd) {
        List<Listed> items = new ArrayList<>();
        List<Line> lines = text.lines();
        String heading = null;
        String prefix = null;
        for (int i = 0; i < lines.size() && lines.get(i).start() < bodyEnd; i++) {
            Line line = lines.get(i);
            String words = unmarked(line.text());
            if (heading == null) {
                if (StatementLists.is(Role.COMMITTEE_IMPROVEMENT, words)) {
                    heading = words;
                }
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            Matcher number = NUMBER.matcher(words);
            if (number.find()) {
                if (prefix == null) {
                    prefix = number.group(1) + ".";
                } else if (!number.group(1).startsWith(prefix)) {
                    break;
                }
                continue;
            }
            if (standsAlone(lines, i) && !words.startsWith(ReportText.BULLET) && !words.endsWith(".")
                    && !words.isEmpty()) {
                int at = line.text().indexOf(words);
                int start = line.start() + Math.max(at, 0);
                items.add(new Listed(false, words, null, heading, start, start + words.length(), line.page()));
            }
        }
        return items;
    }

    private static String unmarked(String line) {
        String words = line.startsWith(ReportText.BULLET) ? line.substring(ReportText.BULLET.length()) : line;
        return MARKS.matcher(words.strip()).replaceAll("").strip();
    }

    private static boolean standsAlone(List<Line> lines, int i) {
        return (i == 0 || lines.get(i - 1).isBlank()) && (i + 1 >= lines.size() || lines.get(i + 1).isBlank());
    }
}
