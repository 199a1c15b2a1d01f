package org.ofstedkg.loader.statements;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Splits running text into sentences with the JDK's {@link BreakIterator} for British English, then mends the
 * breaks it makes after abbreviations these reports use ('e.g.', 'i.e.', 'No.', 'etc.' before a lower-case word; the
 * list is data, {@code abbreviations.txt}) and after a person's initial ('J. Smith').
 */
public final class SentenceSplitter {

    /** An abbreviation's stop never ends a sentence, or only does when a capital follows. */
    private static final Map<String, Boolean> ALWAYS_BY_ABBREVIATION = load();

    private SentenceSplitter() {}

    /**
     * A sentence as offsets into the text split.
     *
     * @param start the offset of its first character (white space skipped)
     * @param end the offset just past its last character (trailing white space dropped)
     */
    public record Span(int start, int end) {}

    /** The sentences of {@code text} in order, without surrounding white space; blank stretches give none. */
    public static List<Span> split(String text) {
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.UK);
        iterator.setText(text);
        List<Integer> breaks = new ArrayList<>();
        for (int b = iterator.next(); b != BreakIterator.DONE && b < text.length(); b = iterator.next()) {
            if (!mended(text, b)) {
                breaks.add(b);
            }
        }
        breaks.add(text.length());
        List<Span> spans = new ArrayList<>();
        int from = 0;
        for (int to : breaks) {
            int s = from;
            int e = to;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                spans.add(new Span(s, e));
            }
            from = to;
        }
        return spans;
    }

    /** Whether the break at {@code at} falls after an abbreviation or an initial and so ends no sentence. */
    private static boolean mended(String text, int at) {
        String before = text.substring(0, at).stripTrailing();
        String rest = text.substring(at).stripLeading();
        boolean lowerNext = !rest.isEmpty() && (Character.isLowerCase(rest.codePointAt(0))
                || Character.isDigit(rest.codePointAt(0)) && before.endsWith("No."));
        int space = Math.max(before.lastIndexOf(' '), Math.max(before.lastIndexOf('('), before.lastIndexOf('\n')));
        String lastWord = before.substring(space + 1);
        Boolean always = ALWAYS_BY_ABBREVIATION.get(lastWord);
        if (always != null && (always || lowerNext)) {
            return true;
        }
        // A capital initial: 'J. Smith', but not a sentence ending 'in Key Stage 2 A.' - rare in these reports.
        return lastWord.length() == 2 && Character.isUpperCase(lastWord.charAt(0)) && lastWord.charAt(1) == '.'
                && !rest.isEmpty() && Character.isUpperCase(rest.codePointAt(0));
    }

    private static Map<String, Boolean> load() {
        Map<String, Boolean> abbreviations = new TreeMap<>();
        for (String line : CueFile.lines("abbreviations.txt")) {
            String[] columns = line.split("\t");
            abbreviations.put(columns[0].strip(), columns.length < 2 || columns[1].strip().equals("always"));
        }
        return Map.copyOf(abbreviations);
    }
}
