package org.ofstedkg.loader.statements;

import org.ofstedkg.loader.structure.Block;

/** Where a block's own words lie in the normalised text. */
final class Spans {

    private static final java.util.regex.Pattern ENDS_CLAUSE = java.util.regex.Pattern.compile("[.!?:;,)'’\"”]$");
    private static final java.util.regex.Pattern ENDS_SENTENCE = java.util.regex.Pattern.compile("[.!?]['’\"”)]?$");
    private static final int HEADING_WORDS = 14;

    private Spans() {}

    /**
     * The end of {@code block} without trailing lines of markup residue: a plain-text copy of a Markdown council
     * paper keeps its '#### **Heading**' lines, which the structure reader may join to the paragraph before.
     */
    static int clippedEnd(String text, Block block) {
        return withoutStrayHeading(text, block.start(), withoutMarkup(text, block));
    }

    /**
     * Drops a last line that reads as a heading joined to the block for want of a blank line before it (a short
     * line with a capital, no stop at its end, after a line that ends a sentence).
     */
    private static int withoutStrayHeading(String text, int start, int end) {
        int cut = end;
        while (true) {
            int lastBreak = text.lastIndexOf('\n', cut - 1);
            if (lastBreak <= start) {
                return end;
            }
            String last = text.substring(lastBreak + 1, cut).strip();
            String before = text.substring(start, lastBreak).stripTrailing();
            boolean heading = last.isEmpty() || Character.isUpperCase(last.codePointAt(0))
                    && !ENDS_CLAUSE.matcher(last).find() && last.split("\\s+").length <= HEADING_WORDS;
            if (!heading) {
                return end;
            }
            if (ENDS_SENTENCE.matcher(before).find()) {
                return start + before.length();
            }
            cut = start + before.length();
        }
    }

    private static int withoutMarkup(String text, Block block) {
        int lineStart = text.indexOf('\n', block.start());
        while (lineStart >= 0 && lineStart < block.end()) {
            String rest = text.substring(lineStart + 1, Math.min(block.end(), text.length())).stripLeading();
            if (rest.startsWith("#") || rest.startsWith("**")) {
                int end = lineStart;
                while (end > block.start() && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                return end;
            }
            lineStart = text.indexOf('\n', lineStart + 1);
        }
        return block.end();
    }

    /** The index in {@code joined} where the block's words begin, past its number or bullet. */
    static int wordsStart(JoinedText joined, Block block) {
        String words = block.text();
        String probe = words.substring(0, Math.min(24, words.length()));
        int at = probe.isEmpty() ? -1 : joined.text().indexOf(probe);
        return Math.max(at, 0);
    }
}
