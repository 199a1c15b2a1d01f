package org.ofstedkg.loader.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces the many ways a report names an authority ("Cheshire East Council", "the London Borough of Barnet",
 * "Bristol, City of", "Council of the Isles of Scilly", "Medway Children's Services") to one comparison key: the
 * place name, lower-case, in plain words ({@code cheshire east}, {@code barnet}, {@code bristol}).
 *
 * <p>The words councils put around a place name are data ({@code council-name-affixes.txt}), stripped from either
 * end for as long as a place name remains.
 */
public final class AuthorityName {

    private static final Affixes AFFIXES = Affixes.load();
    private static final Pattern INVERTED = Pattern.compile("^(.+?),\\s*(city|county|borough|royal borough) of$");
    private static final Pattern APOSTROPHE_S = Pattern.compile("['\u2019]s\\b");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    private AuthorityName() {}

    /** The comparison key of a name; empty when nothing of a place name is left. */
    public static String key(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        text = text.toLowerCase(Locale.ROOT).strip().replace("&", " and ");
        Matcher inverted = INVERTED.matcher(text);
        if (inverted.matches()) {
            text = inverted.group(2) + " of " + inverted.group(1);
        }
        text = APOSTROPHE_S.matcher(text).replaceAll("s");
        List<String> words = new ArrayList<>(Arrays.asList(NOT_WORD.matcher(text).replaceAll(" ").strip().split(" ")));
        words.removeIf(String::isEmpty);
        boolean stripped = true;
        while (stripped) {
            stripped = AFFIXES.stripPrefix(words) || AFFIXES.stripSuffix(words);
        }
        return String.join(" ", words);
    }

    /**
     * Whether {@code shortKey} names the same place as {@code longKey} with its qualifier left off: the long key
     * goes on from the short one with a qualifying word ("east riding" and "east riding of yorkshire").
     */
    public static boolean isShortenedFrom(String shortKey, String longKey) {
        if (shortKey.isEmpty() || !longKey.startsWith(shortKey + " ")) {
            return false;
        }
        String nextWord = longKey.substring(shortKey.length() + 1).split(" ", 2)[0];
        return AFFIXES.qualifiers().contains(nextWord);
    }

    /** The word lists read from the affix table, longest first so that "county council" goes before "council". */
    private record Affixes(List<List<String>> prefixes, List<List<String>> suffixes, Set<String> qualifiers) {

        static Affixes load() {
            List<List<String>> prefixes = new ArrayList<>();
            List<List<String>> suffixes = new ArrayList<>();
            Set<String> qualifiers = new HashSet<>();
            try (InputStream in = AuthorityName.class.getResourceAsStream("council-name-affixes.txt")) {
                if (in == null) {
                    throw new IllegalStateException("council-name-affixes.txt is missing from the class path");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    line = line.strip();
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    String[] parts = line.split("\\s+", 2);
                    List<String> words = List.of(parts[1].split("\\s+"));
                    switch (parts[0]) {
                        case "prefix" -> prefixes.add(words);
                        case "suffix" -> suffixes.add(words);
                        case "qualifier" -> qualifiers.addAll(words);
                        default -> throw new IllegalStateException("council-name-affixes.txt: unknown kind " + parts[0]);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Comparator<List<String>> longestFirst = Comparator.comparingInt(List::size);
            prefixes.sort(longestFirst.reversed());
            suffixes.sort(longestFirst.reversed());
            return new Affixes(List.copyOf(prefixes), List.copyOf(suffixes), Set.copyOf(qualifiers));
        }

        boolean stripPrefix(List<String> words) {
            for (List<String> prefix : prefixes) {
                if (words.size() > prefix.size() && words.subList(0, prefix.size()).equals(prefix)) {
                    words.subList(0, prefix.size()).clear();
                    return true;
                }
            }
            return false;
        }

        boolean stripSuffix(List<String> words) {
            for (List<String> suffix : suffixes) {
                int from = words.size() - suffix.size();
                if (from > 0 && words.subList(from, words.size()).equals(suffix)) {
                    words.subList(from, words.size()).clear();
                    return true;
                }
            }
            return false;
        }
    }
}
