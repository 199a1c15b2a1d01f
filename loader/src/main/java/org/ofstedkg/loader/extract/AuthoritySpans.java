package org.ofstedkg.loader.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ofstedkg.loader.gazetteer.Authority;
import org.ofstedkg.loader.gazetteer.Gazetteer;

/**
 * Finds the authority named somewhere inside a run of words that also holds other words: a letter's subject line
 * ("... arrangements within Felpersham City Council children's services"), an address block run onto one line, a
 * council paper's title. The name is the longest run of whole words the gazetteer resolves, the earliest of equal
 * length (so that "Somerset Council" does not stand for "Bath and North East Somerset Council"). As printed, it is
 * cut after its own "Council" ("X County Council County Hall" gives "X County Council"), or else to its shortest
 * beginning that names the same authority ("Borsetshire children's services" gives "Borsetshire").
 */
final class AuthoritySpans {

    /** No authority's name, with the words councils put around it, is longer. */
    private static final int LONGEST_NAME_WORDS = 9;
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}\u2018\u201c]+|(?:[\u2019']s)?[\\p{Punct}\u2019\u201d]*$");

    /** An authority named in words: its name as printed and where the name sits in them. */
    record Span(Authority authority, String asPrinted, int start, int end) {

        PageOne.NamedAuthority named() {
            return new PageOne.NamedAuthority(authority, asPrinted);
        }
    }

    private AuthoritySpans() {}

    /** The authority {@code words} name, or empty when no run of them resolves to exactly one. */
    static Optional<Span> find(String words, Gazetteer gazetteer) {
        List<int[]> tokens = new ArrayList<>(); // start, end of each word without its edge punctuation
        Matcher word = WORD.matcher(words);
        while (word.find()) {
            Matcher edges = EDGE_PUNCTUATION.matcher(word.group());
            String core = edges.replaceAll("");
            if (core.isEmpty()) {
                tokens.add(new int[] {word.start(), word.start()});
                continue;
            }
            int offset = word.group().indexOf(core);
            tokens.add(new int[] {word.start() + offset, word.start() + offset + core.length()});
        }
        Span best = null;
        int bestWords = 0;
        for (int from = 0; from < tokens.size(); from++) {
            for (int to = from; to < Math.min(tokens.size(), from + LONGEST_NAME_WORDS); to++) {
                int count = to - from + 1;
                if (count <= bestWords) {
                    continue;
                }
                Optional<Span> span = resolve(words, tokens, from, to, gazetteer);
                if (span.isPresent()) {
                    best = span.get();
                    bestWords = count;
                }
            }
        }
        return Optional.ofNullable(best).map(span -> tidy(words, tokens, span, gazetteer));
    }

    private static Optional<Span> resolve(String words, List<int[]> tokens, int from, int to, Gazetteer gazetteer) {
        int start = tokens.get(from)[0];
        int end = tokens.get(to)[1];
        if (end <= start) {
            return Optional.empty();
        }
        String printed = words.substring(start, end);
        return gazetteer.resolve(printed).map(authority -> new Span(authority, printed, start, end));
    }

    /** The span cut after its own "Council", or else down to its shortest beginning that names the same authority. */
    private static Span tidy(String words, List<int[]> tokens, Span span, Gazetteer gazetteer) {
        List<Integer> inside = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i)[0] >= span.start() && tokens.get(i)[1] <= span.end() && tokens.get(i)[1] > tokens.get(i)[0]) {
                inside.add(i);
            }
        }
        int first = inside.get(0);
        int last = inside.get(inside.size() - 1);
        for (int i = first + 1; i <= last; i++) {
            if (text(words, tokens.get(i)).toLowerCase(Locale.ROOT).equals("council")) {
                Optional<Span> cut = resolve(words, tokens, first, i, gazetteer);
                if (cut.isPresent() && cut.get().authority().equals(span.authority())) {
                    return cut.get();
                }
                break;
            }
        }
        for (int upper = first; upper < last; upper++) {
            Optional<Span> shorter = resolve(words, tokens, first, upper, gazetteer);
            if (shorter.isPresent() && shorter.get().authority().equals(span.authority())) {
                return shorter.get();
            }
        }
        return span;
    }

    private static String text(String words, int[] token) {
        return token[1] > token[0] ? words.substring(token[0], token[1]) : " ";
    }
}
