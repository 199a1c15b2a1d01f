package org.ofstedkg.loader.classify;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.ofstedkg.loader.classify.EnglishTokens.Token;
import org.ofstedkg.ontology.OntologyResources;

/**
 * A deterministic, explainable classifier: themes come from the labels and patterns of the SKOS theme scheme,
 * polarity from the heading and from cue words read from a cue file. The same statement under the same heading always
 * gets the same classification, and every theme and polarity carries the label, pattern or cues behind it.
 */
public final class RuleClassifier implements StatementClassifier {

    private final ThemeMatcher themes;
    private final PolarityJudge polarity;

    private RuleClassifier(ThemeVocabulary vocabulary, PolarityCues cues) {
        this.themes = new ThemeMatcher(vocabulary);
        this.polarity = new PolarityJudge(cues);
    }

    /** The classifier the loader and {@code kg classify} use: the bundled theme scheme and polarity cues. */
    public static RuleClassifier standard() {
        return over(OntologyResources.vocabularies());
    }

    /**
     * A classifier over the theme scheme of the given vocabularies, with the bundled polarity cues.
     *
     * @throws IllegalArgumentException if the vocabularies hold no theme scheme
     */
    public static RuleClassifier over(Model vocabularies) {
        return new RuleClassifier(ThemeVocabulary.from(vocabularies), PolarityCues.standard());
    }

    @Override
    public Classification classify(String text, String section) {
        String statement = text == null ? "" : text;
        List<Token> tokens = EnglishTokens.of(statement);
        PolarityJudge.Verdict verdict = polarity.judge(statement, tokens, section);
        return new Classification(verdict.polarity(), themes.themes(statement, tokens), verdict.reasons());
    }
}
