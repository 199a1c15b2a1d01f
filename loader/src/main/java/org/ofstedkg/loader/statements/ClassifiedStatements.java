package org.ofstedkg.loader.statements;

import java.util.ArrayList;
import java.util.List;
import org.ofstedkg.loader.classify.Classification;
import org.ofstedkg.loader.classify.StatementClassifier;
import org.ofstedkg.loader.report.Finding;
import org.ofstedkg.loader.report.ImprovementItem;
import org.ofstedkg.loader.report.ListedStrength;
import org.ofstedkg.loader.report.Statements;

/**
 * A document's statements, each with its classification, in the same order. An improvement item is a weakness and a
 * listed strength a strength by construction, whatever polarity the classifier gives; their themes are the
 * classifier's.
 *
 * @param statements the statements
 * @param findings the classification of each finding
 * @param improvementItems the classification of each improvement item
 * @param strengths the classification of each listed strength
 */
public record ClassifiedStatements(Statements statements, List<Classification> findings,
        List<Classification> improvementItems, List<Classification> strengths) {

    /** No statements. */
    public static final ClassifiedStatements NONE = new ClassifiedStatements(Statements.NONE, List.of(), List.of(), List.of());

    public ClassifiedStatements {
        findings = List.copyOf(findings);
        improvementItems = List.copyOf(improvementItems);
        strengths = List.copyOf(strengths);
    }

    /** Classifies every statement with {@code classifier}, given the heading each sits under. */
    public static ClassifiedStatements classify(Statements statements, StatementClassifier classifier) {
        List<Classification> findings = new ArrayList<>();
        for (Finding finding : statements.findings()) {
            findings.add(classifier.classify(finding.text(), finding.heading()));
        }
        List<Classification> items = new ArrayList<>();
        for (ImprovementItem item : statements.improvementItems()) {
            items.add(byConstruction(classifier.classify(item.text(), item.heading()), "weakness", item.heading()));
        }
        List<Classification> strengths = new ArrayList<>();
        for (ListedStrength strength : statements.strengths()) {
            strengths.add(byConstruction(classifier.classify(strength.text(), strength.heading()), "strength",
                    strength.heading()));
        }
        return new ClassifiedStatements(statements, findings, items, strengths);
    }

    /**
     * The findings that support {@code item}: those of the paragraphs it cites. A citation of a paragraph the
     * document does not number supports nothing.
     */
    public List<Integer> supportingFindings(ImprovementItem item) {
        List<Integer> supporting = new ArrayList<>();
        List<Finding> all = statements.findings();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).paragraphNumber() != null && item.citedParagraphs().contains(all.get(i).paragraphNumber())) {
                supporting.add(i);
            }
        }
        return supporting;
    }

    private static Classification byConstruction(Classification classified, String polarity, String heading) {
        List<String> reasons = new ArrayList<>();
        reasons.add("listed under '" + heading + "': " + polarity + " by construction");
        reasons.addAll(classified.polarityReasons());
        return new Classification(polarity, classified.themes(), reasons);
    }
}
