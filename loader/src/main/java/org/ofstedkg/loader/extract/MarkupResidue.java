package org.ofstedkg.loader.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ofstedkg.loader.text.ReportText.Line;

/**
 * Markup a reader can leave in a council paper or a letter saved as text: Markdown emphasis and heading marks,
 * HTML tags ("29<sup>th</sup>"), list dashes and bullets at the start of a line. Removed before lines are read as
 * labelled fields, lists or sentences; the stored text keeps what was printed.
 */
final class MarkupResidue {

    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>]*>");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__");
    private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern LIST_MARK = Pattern.compile("^(?:[-*]|\u2022)\\s+");
    private static final Pattern SPACE = Pattern.compile("[ \t\u00a0]+");

    private MarkupResidue() {}

    /** {@code line} without markup; runs of white space inside it are kept, as wide gaps mark columns. */
    static String strip(String line) {
        String text = TAG.matcher(line).replaceAll("");
        text = EMPHASIS.matcher(text).replaceAll("");
        text = HEADING_MARK.matcher(text.strip()).replaceFirst("");
        text = LIST_MARK.matcher(text).replaceFirst("");
        return text.strip();
    }

    /** Each line stripped, keeping its offset and page. */
    static List<Line> strip(List<Line> lines) {
        List<Line> plain = new ArrayList<>(lines.size());
        for (Line line : lines) {
            plain.add(new Line(strip(line.text()), line.start(), line.page()));
        }
        return plain;
    }

    /** {@code text} with every run of spaces as one space, for reading words rather than columns. */
    static String singleSpaced(String text) {
        return SPACE.matcher(text).replaceAll(" ").strip();
    }
}
