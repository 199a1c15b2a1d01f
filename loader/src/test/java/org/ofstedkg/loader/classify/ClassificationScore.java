package org.ofstedkg.loader.classify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Tallies a classifier's answers against gold ones: polarity accuracy with per-class precision and recall, and theme
 * precision, recall and F1 micro-averaged over all statements. Keeps the disagreements, for a developer to read.
 */
final class ClassificationScore {

    private int statements;
    private int polarityRight;
    private final TreeMap<String, int[]> perClass = new TreeMap<>(); // [true positives, predicted, gold]
    private int themesRight;
    private int themesPredicted;
    private int themesGold;
    private final List<String> disagreements = new ArrayList<>();

    /** Adds one statement; a null gold polarity scores themes only. */
    void add(String text, String goldPolarity, List<String> goldThemes, Classification found) {
        statements++;
        if (goldPolarity != null) {
            perClass.computeIfAbsent(goldPolarity, k -> new int[3])[2]++;
            perClass.computeIfAbsent(found.polarity(), k -> new int[3])[1]++;
            if (goldPolarity.equals(found.polarity())) {
                polarityRight++;
                perClass.get(goldPolarity)[0]++;
            }
        }
        Set<String> gold = new TreeSet<>(goldThemes);
        Set<String> predicted = new TreeSet<>();
        found.themes().forEach(t -> predicted.add(t.themeId()));
        Set<String> right = new HashSet<>(predicted);
        right.retainAll(gold);
        themesRight += right.size();
        themesPredicted += predicted.size();
        themesGold += gold.size();
        if ((goldPolarity != null && !goldPolarity.equals(found.polarity())) || !gold.equals(predicted)) {
            disagreements.add(String.format("gold %s %s | found %s %s %s%n    %s", goldPolarity, gold,
                    found.polarity(), found.polarityReasons(), found.themes().stream()
                            .map(t -> t.themeId() + "<" + t.matchedBy() + ">").toList(), text));
        }
    }

    double polarityAccuracy() {
        return ratio(polarityRight, perClass.values().stream().mapToInt(c -> c[2]).sum());
    }

    double themePrecision() {
        return ratio(themesRight, themesPredicted);
    }

    double themeRecall() {
        return ratio(themesRight, themesGold);
    }

    double themeF1() {
        double p = themePrecision();
        double r = themeRecall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    List<String> disagreements() {
        return disagreements;
    }

    /** The figures, one line each. */
    String report(String name) {
        StringBuilder out = new StringBuilder();
        if (!perClass.isEmpty()) {
            out.append(String.format("%s: polarity accuracy %.3f over %d statements%n", name, polarityAccuracy(),
                    statements));
            perClass.forEach((polarity, c) -> out.append(String.format(
                    "%s:   %-8s precision %.3f recall %.3f (gold %d, found %d)%n",
                    name, polarity, ratio(c[0], c[1]), ratio(c[0], c[2]), c[2], c[1])));
        }
        out.append(String.format("%s: themes micro precision %.3f recall %.3f F1 %.3f (gold %d, found %d)%n", name,
                themePrecision(), themeRecall(), themeF1(), themesGold, themesPredicted));
        return out.toString();
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
