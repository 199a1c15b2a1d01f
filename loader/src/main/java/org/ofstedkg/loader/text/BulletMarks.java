package org.ofstedkg.loader.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the many ways a list item's mark reaches us as the one bullet, {@value ReportText#BULLET}, followed by
 * a space, at the start of the line.
 *
 * <p>Three kinds of mark, in falling order of certainty:
 * <ul>
 *   <li><b>Glyphs</b> that are nothing but bullets ({@code • ◼ ▪ ● ■} ...) and the private-use characters that
 *       symbol fonts put there (Ofsted's PDFs give {@code U+F06E}, {@code U+F0A7}, {@code U+F0B7}, {@code U+F0BE},
 *       and {@code U+F02D} for sub-items): always a bullet.</li>
 *   <li><b>Dashes</b> followed by a space ({@code - – − ― ─}, and the soft hyphen or combining stroke some PDFs
 *       give for a dash): a bullet only where a list can be: at the start, after a blank line, after a line ending
 *       in a colon, within a few lines of a bullet, or within a few lines of another line starting with the same dash. Elsewhere a dash at a line start is prose that wrapped
 *       ("... section 11 reports" / "– Adult Services and ..."). Hyphenated words never start with "- ".</li>
 *   <li><b>OCR renderings</b> of a bullet: one letter or symbol ({@code m B e * «} ...; not the words "A", "I",
 *       "a") then a space and a capital letter, only at the start, after a blank line or after a bullet.</li>
 * </ul>
 */
final class BulletMarks {

    private static final String BULLET_LINE_START = ReportText.BULLET + " ";

    private static final Pattern GLYPH = Pattern.compile(
            "^[\u2022\u25FC\u25FE\u25AA\u25A0\u25CF\u25C6\u2666\u25BA\u25B6\u27A2\u27A4\u2713\u2714\u25CB\u25E6\u25AB"
                    + "\u25A1\u2023\u2043\u2219\u00B7\uE000-\uF8FF]\\s*(.*)$");
    private static final Pattern DASH = Pattern.compile("^[-\u2013\u2014\u2212\u2015\u2500\u2010\u00AD\u0335\u0336]\\s+(\\S.*)$");
    private static final Pattern OCR_MARK = Pattern.compile("^(?![AIa] )[\\p{L}*+\u00BB\u00AB\u00A2\u00B0@=\u00A7~] (\\p{Lu}.*)$");

    /** How many non-blank lines back a bullet may be for a dash to continue its list. */
    private static final int LIST_REACH = 3;

    private BulletMarks() {}

    /** The lines with their bullet marks rewritten; blank lines and all other lines unchanged. */
    static List<String> rewrite(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            out.add(rewrite(lines, i, out));
        }
        return out;
    }

    private static String rewrite(List<String> lines, int at, List<String> before) {
        String line = lines.get(at);
        Matcher glyph = GLYPH.matcher(line);
        if (glyph.matches()) {
            return bullet(glyph.group(1));
        }
        Matcher dash = DASH.matcher(line);
        if (dash.matches() && (listMayStart(before) || endsWithColon(before) || nearBullet(before)
                || nearSameDash(lines, at))) {
            return bullet(dash.group(1));
        }
        Matcher ocr = OCR_MARK.matcher(line);
        if (ocr.matches() && (listMayStart(before) || isBullet(last(before)))) {
            return bullet(ocr.group(1));
        }
        return line;
    }

    private static String bullet(String rest) {
        return rest.isEmpty() ? ReportText.BULLET : BULLET_LINE_START + rest;
    }

    private static boolean listMayStart(List<String> before) {
        return before.isEmpty() || last(before).isEmpty();
    }

    private static boolean endsWithColon(List<String> before) {
        return !before.isEmpty() && last(before).endsWith(":");
    }

    private static boolean nearBullet(List<String> before) {
        for (int i = before.size() - 1; i >= 0 && i >= before.size() - LIST_REACH; i--) {
            String line = before.get(i);
            if (line.isEmpty()) {
                return false;
            }
            if (isBullet(line)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a line within reach, with no blank line between, starts with the same dash: a list of dashes. */
    private static boolean nearSameDash(List<String> lines, int at) {
        String mark = lines.get(at).substring(0, 1);
        for (int step : new int[] {-1, 1}) {
            for (int i = at + step, seen = 0; i >= 0 && i < lines.size() && seen < LIST_REACH; i += step, seen++) {
                String line = lines.get(i);
                if (line.isEmpty()) {
                    break;
                }
                if (line.startsWith(mark) && DASH.matcher(line).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isBullet(String line) {
        return line.startsWith(BULLET_LINE_START) || line.equals(ReportText.BULLET);
    }

    private static String last(List<String> lines) {
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }
}
