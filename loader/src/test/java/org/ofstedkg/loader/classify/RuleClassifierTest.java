package org.ofstedkg.loader.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ofstedkg.loader.classify.Classification.ThemeTag;

/** The standard classifier on small statements written for the purpose, each showing one rule. */
class RuleClassifierTest {

    private static final String HELP_AND_PROTECTION = "The experiences and progress of children who need help and protection";
    private static final StatementClassifier CLASSIFIER = RuleClassifier.standard();

    @Test
    void notAlwaysEffectiveUnderAJudgementHeadingIsAWeaknessNamingTheHedge() {
        Classification c = CLASSIFIER.classify("Management oversight is not always effective.", HELP_AND_PROTECTION);
        assertEquals("weakness", c.polarity());
        assertEquals(List.of("hedged strength cue: not always ... effective"), c.polarityReasons());
        assertEquals(List.of(new ThemeTag("management-oversight", "prefLabel: Management oversight",
                "Management oversight")), c.themes());
    }

    @Test
    void anItemUnderWhatNeedsToImproveIsAWeaknessBecauseOfItsSection() {
        Classification c = CLASSIFIER.classify("Delays in offering return home interviews.",
                "What needs to improve?");
        assertEquals("weakness", c.polarity());
        assertEquals(List.of("section: What needs to improve?"), c.polarityReasons());
        assertEquals(List.of("drift-and-delay", "missing-children"), ids(c));
        assertEquals(new ThemeTag("missing-children", "altLabel: return home interviews", "return home interviews"),
                c.themes().get(1));
    }

    @Test
    void anItemUnderAreasOfStrengthIsAStrengthWhateverItsWords() {
        Classification c = CLASSIFIER.classify("Placement stability for children in care.", "5.9 Areas of strength");
        assertEquals("strength", c.polarity());
        assertEquals(List.of("section: 5.9 Areas of strength"), c.polarityReasons());
        assertEquals(List.of("placement-sufficiency"), ids(c));
    }

    @Test
    void earlyHelpIsTaggedItselfBecauseNoThemeSitsUnderIt() {
        Classification c = CLASSIFIER.classify("Families receive early help quickly from skilled practitioners.",
                HELP_AND_PROTECTION);
        assertEquals("strength", c.polarity());
        assertEquals(List.of(new ThemeTag("early-help", "prefLabel: Early help", "early help")), c.themes());
    }

    @Test
    void praiseAndShortfallSetAgainstEachOtherAreMixed() {
        Classification c = CLASSIFIER.classify(
                "Assessments are thorough, but plans are not consistently updated.", HELP_AND_PROTECTION);
        assertEquals("mixed", c.polarity());
        assertEquals(List.of("strength cue: thorough", "hedge: not consistently", "contrast: but"),
                c.polarityReasons());
        assertEquals(List.of("assessment", "planning"), ids(c));
    }

    @Test
    void aStatementOfFactWithNoCueIsNeutral() {
        Classification c = CLASSIFIER.classify("The local authority looks after 412 children.", null);
        assertEquals("neutral", c.polarity());
        assertEquals(List.of("no cue"), c.polarityReasons());
    }

    @Test
    void aNegatedWeaknessCueIsAStrength() {
        Classification c = CLASSIFIER.classify("Children are protected without delay.", HELP_AND_PROTECTION);
        assertEquals("strength", c.polarity());
        assertEquals(List.of("negated weakness cue: without ... delay"), c.polarityReasons());
    }

    @Test
    void theLongerOfTwoOverlappingLabelsWinsSoASupervisionOrderIsCourtWork() {
        Classification c = CLASSIFIER.classify("A supervision order was made.", null);
        assertEquals(List.of("court-proceedings"), ids(c));
        assertEquals("supervision order", c.themes().get(0).matchedText());
    }

    @Test
    void labelsMatchOtherFormsOfTheirWordsThroughStemming() {
        Classification c = CLASSIFIER.classify("Supervisions are frequent.", null);
        assertEquals(new ThemeTag("supervision", "prefLabel: Supervision", "Supervisions"), c.themes().get(0));
    }

    @Test
    void theSameStatementAlwaysGetsTheSameClassification() {
        String text = "Although most plans are clear, some lack contingency planning.";
        assertEquals(CLASSIFIER.classify(text, null), RuleClassifier.standard().classify(text, null));
    }

    private static List<String> ids(Classification c) {
        return c.themes().stream().map(ThemeTag::themeId).toList();
    }
}
