package org.ofstedkg.loader.report;

import java.util.List;

/**
 * What a document states, each kind in reading order: the sentences of its narrative, its list of what needs to
 * improve and its list of strengths.
 *
 * @param findings the sentences of its narrative
 * @param improvementItems the items of what needs to improve
 * @param strengths the items listed as strengths
 */
public record Statements(List<Finding> findings, List<ImprovementItem> improvementItems, List<ListedStrength> strengths) {

    /** A document that states nothing the loader can read. */
    public static final Statements NONE = new Statements(List.of(), List.of(), List.of());

    public Statements {
        findings = List.copyOf(findings);
        improvementItems = List.copyOf(improvementItems);
        strengths = List.copyOf(strengths);
    }
}
