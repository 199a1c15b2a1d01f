package org.ofstedkg.loader.statements;

/**
 * A stretch of the normalised text with its lines joined as the structure reader joins a block's lines (a space
 * between lines, none after a hyphen at a line end, blank lines dropped), and, for every joined character, the
 * offset in the normalised text it came from, so that a sentence found in joined text maps back exactly.
 */
final class JoinedText {

    private final String joined;
    private final int[] source;

    private JoinedText(String joined, int[] source) {
        this.joined = joined;
        this.source = source;
    }

    /** The lines of {@code text} from {@code start} to {@code end}, joined. */
    static JoinedText of(String text, int start, int end) {
        StringBuilder out = new StringBuilder();
        int[] map = new int[Math.max(0, end - start) + 1];
        int n = 0;
        int lineStart = start;
        while (lineStart < end) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > end) {
                lineEnd = end;
            }
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                    out.append(' ');
                    map[n++] = lineStart - 1;
                }
                for (int k = 0; k < line.length(); k++) {
                    out.append(line.charAt(k));
                    map[n++] = lineStart + k;
                }
            }
            lineStart = lineEnd + 1;
        }
        return new JoinedText(out.toString(), java.util.Arrays.copyOf(map, n));
    }

    String text() {
        return joined;
    }

    /** The offset in the normalised text of the joined character at {@code index}. */
    int sourceOf(int index) {
        return source[index];
    }

    /** Where {@code tail} (a block's text: the joined text without its number or bullet) begins, or 0. */
    int indexOfTail(String tail) {
        int at = joined.lastIndexOf(tail);
        return at < 0 ? 0 : at;
    }
}
