package org.ofstedkg.loader.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ofstedkg.loader.text.ReportText;
import org.ofstedkg.loader.text.ReportText.Line;

/**
 * Reads the structure of a document's body from its normalised lines: headings, numbered and unnumbered
 * paragraphs, list items, and the end of the body where Ofsted's closing boilerplate begins.
 *
 * <ul>
 *   <li>A numbered paragraph opens at a line of the document's run of paragraph numbers ({@link ParagraphNumbers})
 *       and goes on, across blank lines and page breaks, until the next block opens; text after a blank line that
 *       begins with a capital letter opens an unnumbered paragraph instead (an OCR copy that lost its numbers).</li>
 *   <li>A list item opens at a bullet line and takes the lines that follow until a blank line or another block.</li>
 *   <li>A heading is a heading the vocabularies know, wherever it stands ({@link KnownHeadings}: "What needs to
 *       improve?", "The experiences and progress of children in care: good"), or else a short line after a blank
 *       line that ends no sentence and is followed by the start of one.</li>
 * </ul>
 */
public final class StructureReader {

    private static final int LONGEST_HEADING_WORDS = 14;
    private static final Pattern JOINING_WORD_AT_END = Pattern.compile(
            "\\b(?:and|or|of|the|in|for|to|who|with|on|a|an|by|from|at)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.;,]$|[.!]['’\"”)]?$");

    private StructureReader() {}

    /** The structure of {@code text}. */
    public static DocumentStructure read(ReportText text) {
        List<Line> lines = text.lines();
        int bodyEndLine = ClosingBoilerplate.start(lines);
        Map<Integer, String> numbered = ParagraphNumbers.find(lines, bodyEndLine);
        Map<Integer, Integer> known = KnownHeadings.find(lines, bodyEndLine);
        List<Block> blocks = new ArrayList<>();
        Builder open = null;
        String heading = null;
        boolean afterBlank = true;
        for (int i = 0; i < bodyEndLine; i++) {
            Line line = lines.get(i);
            String content = line.text();
            if (line.isBlank()) {
                afterBlank = true;
                if (open != null && open.kind == Block.Kind.LIST_ITEM) {
                    blocks.add(open.build(heading));
                    open = null;
                }
                continue;
            }
            if (numbered.containsKey(i)) {
                close(open, blocks, heading);
                String number = numbered.get(i);
                open = new Builder(Block.Kind.PARAGRAPH, number, line, content.substring(content.indexOf(number) + number.length())
                        .replaceFirst("^\\.?\\s+", ""));
            } else if (content.startsWith(ReportText.BULLET)) {
                close(open, blocks, heading);
                open = new Builder(Block.Kind.LIST_ITEM, null, line, content.substring(ReportText.BULLET.length()).strip());
            } else if (known.containsKey(i) || afterBlank && headingLines(lines, i, bodyEndLine) > 0) {
                close(open, blocks, heading);
                open = null;
                int taken = known.containsKey(i) ? known.get(i) : headingLines(lines, i, bodyEndLine);
                Line last = lines.get(i + taken - 1);
                StringBuilder words = new StringBuilder(content);
                for (int k = 1; k < taken; k++) {
                    words.append(' ').append(lines.get(i + k).text());
                }
                heading = words.toString();
                blocks.add(new Block(Block.Kind.HEADING, null, heading, null, line.start(), last.end(), line.page()));
                i += taken - 1;
            } else if (open != null && !opensAfterPageBreak(open, line) && (!afterBlank || startsLowerCase(content)
                    || open.kind == Block.Kind.PARAGRAPH && open.number != null && !startsNewParagraph(content))) {
                open.append(line);
            } else {
                close(open, blocks, heading);
                open = new Builder(Block.Kind.PARAGRAPH, null, line, content);
            }
            afterBlank = false;
        }
        close(open, blocks, heading);
        int bodyEnd = bodyEndLine < lines.size() ? lines.get(bodyEndLine).start() : text.text().length();
        return new DocumentStructure(blocks, bodyEnd);
    }

    private static void close(Builder open, List<Block> blocks, String heading) {
        if (open != null) {
            blocks.add(open.build(heading));
        }
    }

    /**
     * How many lines the heading at line {@code i} takes (0 when there is none there): a short line that begins
     * with a capital and ends no sentence, followed by a line that begins a sentence, an item or a paragraph. A
     * heading that wraps ends its first line on a joining word ('... who need help and' / 'protection: good') and
     * takes two lines.
     */
    private static int headingLines(List<Line> lines, int i, int end) {
        String content = lines.get(i).text();
        if (!looksLikeHeading(content)) {
            return 0;
        }
        int taken = 1;
        if (JOINING_WORD_AT_END.matcher(content).find()) {
            if (i + 1 >= end || !looksLikeHeading(content + " " + lines.get(i + 1).text())) {
                return 0;
            }
            taken = 2;
        }
        int next = i + taken;
        while (next < end && lines.get(next).isBlank()) {
            next++;
        }
        if (next >= end) {
            return 0;
        }
        int first = lines.get(next).text().codePointAt(0);
        return Character.isLowerCase(first) ? 0 : taken;
    }

    private static boolean looksLikeHeading(String content) {
        return !content.isEmpty() && Character.isUpperCase(content.codePointAt(0))
                && !SENTENCE_END.matcher(content).find() && !content.startsWith(ReportText.BULLET)
                && content.split("\\s+").length <= LONGEST_HEADING_WORDS;
    }

    /**
     * Whether text after a blank line inside a numbered paragraph opens a new, unnumbered one: it does when it
     * begins like a sentence; a paragraph broken by a page break goes on mid-sentence.
     */
    private static boolean startsNewParagraph(String content) {
        return Character.isUpperCase(content.codePointAt(0));
    }

    /**
     * Whether a line after a page break opens a new paragraph rather than going on with the list item before it: it
     * does when the item ended a sentence and the line begins with a capital. A page break can swallow the blank
     * line that parted a list from the lead-in of the next one.
     */
    private static boolean opensAfterPageBreak(Builder open, Line line) {
        return open.kind == Block.Kind.LIST_ITEM && line.page() != open.lastPage && open.endsSentence()
                && Character.isUpperCase(line.text().codePointAt(0));
    }

    private static boolean startsLowerCase(String content) {
        return Character.isLowerCase(content.codePointAt(0));
    }

    /** A block being read: its lines are joined as they come. */
    private static final class Builder {
        final Block.Kind kind;
        final String number;
        final StringBuilder text;
        final int start;
        final int page;
        int end;
        int lastPage;

        Builder(Block.Kind kind, String number, Line first, String content) {
            this.kind = kind;
            this.number = number;
            this.text = new StringBuilder(content);
            this.start = first.start();
            this.page = first.page();
            this.end = first.end();
            this.lastPage = first.page();
        }

        boolean endsSentence() {
            return SENTENCE_END.matcher(text).find() && text.charAt(text.length() - 1) != ',';
        }

        void append(Line line) {
            // A hyphen at a line end stays and joins without a space ("good-" / "quality" is "good-quality").
            if (!(text.length() > 0 && text.charAt(text.length() - 1) == '-')) {
                text.append(' ');
            }
            text.append(line.text());
            end = line.end();
            lastPage = line.page();
        }

        Block build(String heading) {
            return new Block(kind, number, text.toString().strip(), heading, start, end, page);
        }
    }
}
