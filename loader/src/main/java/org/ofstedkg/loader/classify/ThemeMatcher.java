package org.ofstedkg.loader.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.ofstedkg.loader.classify.Classification.ThemeTag;
import org.ofstedkg.loader.classify.EnglishTokens.Token;

/**
 * Finds the practice themes a statement names. Labels match as stemmed word sequences; patterns match the text.
 * Where matches overlap, the one covering more words wins, so 'supervision order' is court work, not supervision; a
 * label of a category that has themes under it can win words but tags nothing.
 */
final class ThemeMatcher {

    private final ThemeVocabulary vocabulary;
    /** Labels by their first stem, longest first, so that only plausible labels are tried at each word. */
    private final Map<String, List<ThemeVocabulary.Label>> labelsByFirstStem = new HashMap<>();

    /** Per pattern (in the vocabulary's order), the ASCII characters a match may begin with; null: any. */
    private final boolean[][] firstCharacters;

    ThemeMatcher(ThemeVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        for (ThemeVocabulary.Label label : vocabulary.labels()) {
            labelsByFirstStem.computeIfAbsent(label.stems().get(0), k -> new ArrayList<>()).add(label);
        }
        firstCharacters = vocabulary.patterns().stream().map(ThemeMatcher::firstCharacters).toArray(boolean[][]::new);
    }

    /** A candidate match: words first to last (inclusive) of the statement. */
    private record Match(int first, int last, String themeId, String matchedBy, boolean taggable, boolean byLabel) {
        int length() {
            return last - first + 1;
        }
    }

    /** The themes of a statement, one tag per theme, in the order the statement names them. */
    List<ThemeTag> themes(String text, List<Token> tokens) {
        List<Match> candidates = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (ThemeVocabulary.Label label : labelsByFirstStem.getOrDefault(tokens.get(i).stem(), List.of())) {
                if (matchesAt(label.stems(), tokens, i)) {
                    candidates.add(new Match(i, i + label.stems().size() - 1, label.themeId(), label.matchedBy(),
                            label.taggable(), true));
                }
            }
        }
        int[] boundaries = null;
        List<ThemeVocabulary.MatchPattern> patterns = vocabulary.patterns();
        for (int p = 0; p < patterns.size(); p++) {
            ThemeVocabulary.MatchPattern pattern = patterns.get(p);
            Matcher m = pattern.pattern().matcher(text);
            if (pattern.startsAtWordBoundary()) {
                boundaries = boundaries == null ? wordBoundaries(text) : boundaries;
                m.useTransparentBounds(true).useAnchoringBounds(false);
                boolean[] first = firstCharacters[p];
                int from = 0;
                for (int start : boundaries) {
                    if (start >= from && mayStartWith(first, text, start)
                            && m.region(start, text.length()).lookingAt()) {
                        addPatternMatch(candidates, pattern, tokens, m.start(), m.end());
                        from = Math.max(m.end(), start + 1);
                    }
                }
            } else {
                while (m.find()) {
                    addPatternMatch(candidates, pattern, tokens, m.start(), m.end());
                }
            }
        }
        // Longest first; at equal length a theme before a category (the category's label only claims what no theme
        // names as fully), a label before a pattern (it is more specific), then the earlier match.
        candidates.sort(Comparator.comparingInt(Match::length).reversed()
                .thenComparing(m -> !m.taggable())
                .thenComparing(m -> !m.byLabel())
                .thenComparingInt(Match::first));
        boolean[] claimed = new boolean[tokens.size()];
        List<Match> accepted = new ArrayList<>();
        for (Match match : candidates) {
            if (isFree(claimed, match)) {
                for (int i = match.first(); i <= match.last(); i++) {
                    claimed[i] = true;
                }
                accepted.add(match);
            }
        }
        accepted.sort(Comparator.comparingInt(Match::first));
        Map<String, ThemeTag> tags = new LinkedHashMap<>();
        for (Match match : accepted) {
            if (match.taggable()) {
                String words = text.substring(tokens.get(match.first()).start(), tokens.get(match.last()).end());
                tags.putIfAbsent(match.themeId(), new ThemeTag(match.themeId(), match.matchedBy(), words));
            }
        }
        return List.copyOf(tags.values());
    }

    private static void addPatternMatch(List<Match> candidates, ThemeVocabulary.MatchPattern pattern, List<Token> tokens,
            int start, int end) {
        int first = firstTokenFrom(tokens, start);
        int last = lastTokenTo(tokens, end);
        if (first >= 0 && last >= first) {
            candidates.add(new Match(first, last, pattern.themeId(), pattern.matchedBy(), true, false));
        }
    }

    /**
     * Where {@code \b} holds in {@code text}, found once for all the patterns that start with it: trying a pattern
     * only there finds the matches {@link Matcher#find} would, in the same order, without testing for a word
     * boundary at every character once per pattern (which was most of the time spent tagging themes). The matcher
     * keeps transparent bounds, so {@code \b} and look-behinds still see the text before a start.
     */
    private static int[] wordBoundaries(String text) {
        Matcher boundary = WORD_BOUNDARY.matcher(text);
        int[] found = new int[16];
        int count = 0;
        while (boundary.find()) {
            if (count == found.length) {
                found = java.util.Arrays.copyOf(found, count * 2);
            }
            found[count++] = boundary.start();
        }
        return java.util.Arrays.copyOf(found, count);
    }

    /**
     * The ASCII characters a match of {@code pattern} may begin with, found by asking the pattern itself: a character
     * is ruled out when, after any kind of character before it (none, a word character, a space), the pattern fails
     * on it without wanting to read further ({@link Matcher#hitEnd}). Most boundaries are then passed over without
     * running the pattern: at the start of a word only the few patterns beginning with its letter are tried, at the
     * end of one hardly any. Null (try every start) for a pattern whose start could depend on more of the text before
     * it than one character: a look-behind or an anchor.
     */
    private static boolean[] firstCharacters(ThemeVocabulary.MatchPattern pattern) {
        String regex = pattern.pattern().pattern();
        if (regex.contains("(?<") || regex.contains("^") || regex.contains("\\A") || regex.contains("\\G")) {
            return null;
        }
        boolean[] first = new boolean[128];
        for (char c = 0; c < 128; c++) {
            for (String before : BEFORE) {
                String probe = before + c;
                Matcher m = pattern.pattern().matcher(probe).useTransparentBounds(true).useAnchoringBounds(false);
                m.region(before.length(), probe.length());
                if (m.lookingAt() || m.hitEnd()) {
                    first[c] = true;
                }
            }
        }
        return first;
    }

    /** What may come before a probed first character, as far as {@code \b} can tell: nothing, a word, a space. */
    private static final List<String> BEFORE = List.of("", "a", " ");

    /** Whether a match may begin at {@code start}: beyond ASCII, or at the end of the text, the pattern decides. */
    private static boolean mayStartWith(boolean[] first, String text, int start) {
        if (first == null || start >= text.length()) {
            return true;
        }
        char c = text.charAt(start);
        return c >= 128 || first[c];
    }

    /** A word boundary as the theme patterns see it (the same flags). */
    private static final java.util.regex.Pattern WORD_BOUNDARY =
            java.util.regex.Pattern.compile("\\b", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    private static boolean matchesAt(List<String> stems, List<Token> tokens, int at) {
        if (at + stems.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < stems.size(); k++) {
            if (!stems.get(k).equals(tokens.get(at + k).stem())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isFree(boolean[] claimed, Match match) {
        for (int i = match.first(); i <= match.last(); i++) {
            if (claimed[i]) {
                return false;
            }
        }
        return true;
    }

    private static int firstTokenFrom(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return -1;
    }

    private static int lastTokenTo(List<Token> tokens, int offset) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).start() < offset) {
                return i;
            }
        }
        return -1;
    }
}
