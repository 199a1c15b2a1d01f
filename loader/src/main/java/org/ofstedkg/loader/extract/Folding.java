package org.ofstedkg.loader.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one way the loader compares printed words with vocabulary labels and cue lists (extractors, structure): lower case, curly quotes and apostrophes
 * straightened, dashes unified, runs of white space as one space. The stored text keeps what was printed.
 */
public final class Folding {

    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Folding() {}

    /** {@code text} folded for comparison; the result has the same length as the input only by accident. */
    public static String fold(String text) {
        String straight = text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"')
                .replace('\u201d', '"').replace('\u2013', '-').replace('\u2014', '-').replace('\u00a0', ' ');
        return SPACE.matcher(straight.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
