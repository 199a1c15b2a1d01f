package org.ofstedkg.loader.classify;

import java.util.List;

/**
 * What a classifier says of a statement: its polarity, its themes each with the reason it was tagged, and the
 * reasons for the polarity.
 *
 * @param polarity a local name of the polarity scheme: strength, weakness, mixed or neutral
 * @param themes the practice themes, each with what matched
 * @param polarityReasons the cues that decided the polarity, in the order they were weighed ('section: What
 *     needs to improve', 'weakness cue: not always', 'negated strength cue: not ... effective')
 */
public record Classification(String polarity, List<ThemeTag> themes, List<String> polarityReasons) {

    public Classification {
        themes = List.copyOf(themes);
        polarityReasons = List.copyOf(polarityReasons);
    }

    /**
     * A practice theme given to a statement, and why.
     *
     * @param themeId the theme's local name in the theme scheme
     * @param matchedBy the label or rule that matched ('altLabel: line of sight', 'pattern: ...')
     * @param matchedText the words of the statement that matched
     */
    public record ThemeTag(String themeId, String matchedBy, String matchedText) {}
}
