package org.ofstedkg.loader.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;
import org.ofstedkg.ontology.Iris;
import org.ofstedkg.ontology.Ofk;

/**
 * The taggable practice themes of the SKOS theme scheme, as things a matcher can look for: each theme's preferred,
 * alternative and hidden labels as stemmed word sequences, and its {@code ofk:matchPattern} regular expressions.
 * Taggable means a theme with a broader category, or a category with nothing under it ({@code early-help}); labels of
 * the other categories are kept too, so that they can claim their words without being tagged.
 *
 * @param labels every label of every concept of the scheme, longest first
 * @param patterns the match patterns of the taggable themes
 */
record ThemeVocabulary(List<Label> labels, List<MatchPattern> patterns) {

    /** The namespace whose local names are the theme ids. */
    static final String THEME_NAMESPACE = Iris.DEF + "theme/";

    /**
     * A label of a concept.
     *
     * @param themeId the concept's local name
     * @param stems the label's stemmed words
     * @param matchedBy how a tag names the label: 'prefLabel: Supervision'
     * @param taggable whether a match tags the concept or only claims the words
     */
    record Label(String themeId, List<String> stems, String matchedBy, boolean taggable) {}

    /**
     * A regular expression of a taggable theme, applied case-insensitively.
     *
     * @param startsAtWordBoundary whether every match begins with {@code \b} (the expression starts with it and has
     *        no alternative outside a group), so that only word boundaries need be tried as starts
     */
    record MatchPattern(String themeId, Pattern pattern, boolean startsAtWordBoundary) {

        MatchPattern(String themeId, Pattern pattern) {
            this(themeId, pattern, startsAtWordBoundary(pattern.pattern()));
        }

        String matchedBy() {
            return "pattern: " + pattern.pattern();
        }

        /** Whether {@code regex} begins with {@code \b} and has no top-level '|' that would escape it. */
        static boolean startsAtWordBoundary(String regex) {
            if (!regex.startsWith("\\b")) {
                return false;
            }
            int depth = 0;
            boolean inClass = false;
            for (int i = 0; i < regex.length(); i++) {
                char c = regex.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (inClass) {
                    inClass = c != ']';
                } else if (c == '[') {
                    inClass = true;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (c == '|' && depth == 0) {
                    return false;
                }
            }
            return true;
        }
    }

    ThemeVocabulary {
        labels = labels.stream()
                .sorted((a, b) -> Integer.compare(b.stems().size(), a.stems().size()))
                .toList();
        patterns = List.copyOf(patterns);
    }

    /** The theme scheme found in a model of SKOS vocabularies. */
    static ThemeVocabulary from(Model vocabularies) {
        List<Label> labels = new ArrayList<>();
        List<MatchPattern> patterns = new ArrayList<>();
        vocabularies.listSubjectsWithProperty(SKOS.prefLabel).forEachRemaining(concept -> {
            if (!concept.isURIResource() || !concept.getURI().startsWith(THEME_NAMESPACE)) {
                return;
            }
            String id = concept.getURI().substring(THEME_NAMESPACE.length());
            boolean taggable = concept.hasProperty(SKOS.broader) || !concept.hasProperty(SKOS.narrower);
            for (Property kind : List.of(SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)) {
                addLabels(labels, concept, kind, id, taggable);
            }
            if (taggable) {
                concept.listProperties(Ofk.matchPattern).forEachRemaining(s -> patterns.add(new MatchPattern(id,
                        Pattern.compile(s.getString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))));
            }
        });
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("the vocabularies hold no concept of " + THEME_NAMESPACE);
        }
        return new ThemeVocabulary(labels, patterns);
    }

    private static void addLabels(List<Label> labels, Resource concept, Property kind, String id, boolean taggable) {
        for (Statement s : concept.listProperties(kind).toList()) {
            String text = s.getString();
            List<String> stems = EnglishTokens.stems(text);
            if (!stems.isEmpty()) {
                labels.add(new Label(id, stems, kind.getLocalName() + ": " + text, taggable));
            }
        }
    }
}
