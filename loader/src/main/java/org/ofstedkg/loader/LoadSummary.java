package org.ofstedkg.loader;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ofstedkg.loader.report.LoadIssue;

/** The account of a load run: documents loaded by kind, rejections with their reasons, warnings, quads written. */
public final class LoadSummary {

    private final List<DocumentOutcome> outcomes = new ArrayList<>();

    public void add(DocumentOutcome outcome) {
        outcomes.add(outcome);
    }

    public List<DocumentOutcome> outcomes() {
        return List.copyOf(outcomes);
    }

    public long loadedCount() {
        return outcomes.stream().filter(DocumentOutcome::loaded).count();
    }

    public List<DocumentOutcome> rejected() {
        return outcomes.stream().filter(o -> !o.loaded()).toList();
    }

    public long quadsWritten() {
        return outcomes.stream().mapToLong(DocumentOutcome::quads).sum();
    }

    /** Loaded documents counted by document kind and inspection kind ("inspection-report / sif"). */
    public Map<String, Integer> loadedByKind() {
        Map<String, Integer> counts = new TreeMap<>();
        for (DocumentOutcome outcome : outcomes) {
            if (outcome.loaded()) {
                counts.merge(outcome.documentKind() + " / " + outcome.inspectionKind(), 1, Integer::sum);
            }
        }
        return counts;
    }

    public List<LoadIssue> issues() {
        return outcomes.stream().flatMap(o -> o.issues().stream()).toList();
    }

    /** The summary as lines for people. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("loaded %d of %d documents, %,d quads written", loadedCount(), outcomes.size(), quadsWritten()));
        loadedByKind().forEach((kind, count) -> lines.add(String.format("  %4d  %s", count, kind)));
        List<DocumentOutcome> rejected = rejected();
        if (!rejected.isEmpty()) {
            lines.add("rejected " + rejected.size() + ":");
            rejected.forEach(o -> lines.add("  " + o.reason()));
        }
        List<LoadIssue> issues = issues();
        if (!issues.isEmpty()) {
            lines.add("warnings " + issues.size() + ":");
            issues.forEach(issue -> lines.add("  " + issue));
        }
        return lines;
    }
}
