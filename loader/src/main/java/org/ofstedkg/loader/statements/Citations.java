package org.ofstedkg.loader.statements;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paragraphs an item cites as its evidence, read from the brackets Ofsted prints: '(paragraph 25)',
 * '(paragraphs 40, 83)', '(paragraph 137, 138)' (the singular with a list, as printed), '(paragraphs 12 and 14)'.
 */
public final class Citations {

    private static final Pattern BRACKET = Pattern.compile("\\(\\s*paras?(?:graphs?)?\\.?\\s+([^)]*)\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)*");

    private Citations() {}

    /** Every paragraph number cited in {@code text}, as printed, without repeats, in numeric order. */
    public static List<String> in(String text) {
        List<String> cited = new ArrayList<>();
        Matcher bracket = BRACKET.matcher(text);
        while (bracket.find()) {
            Matcher number = NUMBER.matcher(bracket.group(1));
            while (number.find()) {
                if (!cited.contains(number.group())) {
                    cited.add(number.group());
                }
            }
        }
        cited.sort(Comparator.comparing(Citations::parts, Arrays::compare));
        return List.copyOf(cited);
    }

    private static int[] parts(String number) {
        return Arrays.stream(number.split("\\.")).mapToInt(Integer::parseInt).toArray();
    }
}
