package org.ofstedkg.loader.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the raw text a reader got out of a file into the one normalised form, {@link ReportText}, that every
 * extractor works on. Every reader goes through here, so a PDF, a text file and a web page of the same report
 * come out alike.
 *
 * <p>What it does, in order: splits each page into lines; turns no-break and other Unicode spaces into plain
 * spaces and trims each line; on paged documents, removes the page furniture (running headers and footers, page
 * numbers; see {@link PageFurniture}) and the blank lines at the top and foot of each page, so that a paragraph
 * runs on across a page break; collapses runs of blank lines to one and drops those at either end; rewrites
 * bullet glyphs at line starts to {@value ReportText#BULLET} (see {@link BulletMarks}). Everything else is kept
 * as printed: quotes, dashes, hyphens at line ends, private-use glyphs inside lines, spaces within lines.
 */
public final class TextNormaliser {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\n\r\u000B\f\u0085\u2028\u2029]");

    private TextNormaliser() {}

    /**
     * Normalises a document that has pages (a PDF, a text file with form feeds).
     *
     * @param pages the raw text of each page, in order; the page count is their number
     * @param mediaType the media type of the source
     * @param title the title the file's metadata gives, or null; blank counts as none
     */
    public static ReportText fromPages(List<String> pages, String mediaType, String title) {
        List<List<String>> pageLines = new ArrayList<>();
        for (String page : pages) {
            pageLines.add(cleanLines(page));
        }
        pageLines = PageFurniture.remove(pageLines);
        List<String> texts = new ArrayList<>();
        List<Integer> pageNumbers = new ArrayList<>();
        for (int p = 0; p < pageLines.size(); p++) {
            for (String line : withoutBlankEnds(pageLines.get(p))) {
                texts.add(line);
                pageNumbers.add(p + 1);
            }
        }
        return assemble(texts, pageNumbers, pages.size(), mediaType, title);
    }

    /**
     * Normalises a document without pages (Markdown, HTML, a text file without form feeds): its lines have page 0
     * and its page count is 0.
     */
    public static ReportText fromText(String text, String mediaType, String title) {
        List<String> texts = cleanLines(text);
        List<Integer> pageNumbers = new ArrayList<>();
        texts.forEach(line -> pageNumbers.add(0));
        return assemble(texts, pageNumbers, 0, mediaType, title);
    }

    private static ReportText assemble(List<String> texts, List<Integer> pages, int pageCount, String mediaType,
            String title) {
        List<String> kept = new ArrayList<>();
        List<Integer> keptPages = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            boolean blank = texts.get(i).isEmpty();
            boolean afterBlankOrStart = kept.isEmpty() || kept.get(kept.size() - 1).isEmpty();
            if (blank && afterBlankOrStart) {
                continue;
            }
            kept.add(texts.get(i));
            keptPages.add(pages.get(i));
        }
        if (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
            kept.remove(kept.size() - 1);
            keptPages.remove(keptPages.size() - 1);
        }
        List<String> rewritten = BulletMarks.rewrite(kept);

        StringBuilder text = new StringBuilder();
        List<ReportText.Line> lines = new ArrayList<>(rewritten.size());
        for (int i = 0; i < rewritten.size(); i++) {
            if (i > 0) {
                text.append('\n');
            }
            lines.add(new ReportText.Line(rewritten.get(i), text.length(), keptPages.get(i)));
            text.append(rewritten.get(i));
        }
        return new ReportText(text.toString(), lines, pageCount, mediaType, blankToNull(title));
    }

    // Blank lines at a page's ends are left by white-space runs and removed furniture, not by the author: kept,
    // they would break a paragraph that runs on to the next page.
    private static List<String> withoutBlankEnds(List<String> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isEmpty()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isEmpty()) {
            to--;
        }
        return lines.subList(from, to);
    }

    /** The lines of a raw text, with Unicode spaces made plain and each line trimmed. */
    static List<String> cleanLines(String raw) {
        List<String> lines = new ArrayList<>();
        for (String line : LINE_BREAK.split(raw, -1)) {
            lines.add(plainSpaces(line).strip());
        }
        return lines;
    }

    static String plainSpaces(String line) {
        StringBuilder out = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && Character.getType(c) == Character.SPACE_SEPARATOR) {
                if (out == null) {
                    out = new StringBuilder(line);
                }
                out.setCharAt(i, ' ');
            }
        }
        return out == null ? line : out.toString();
    }

    private static String blankToNull(String title) {
        if (title == null) {
            return null;
        }
        String cleaned = plainSpaces(LINE_BREAK.matcher(title).replaceAll(" ")).strip();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
