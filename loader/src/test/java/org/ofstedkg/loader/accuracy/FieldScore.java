package org.ofstedkg.loader.accuracy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Correct, wrong and missing counts per field over a set of documents, with the first mistakes of each field. */
final class FieldScore {

    private static final int KEPT_MISTAKES = 8;

    private final Map<String, int[]> counts = new TreeMap<>();
    private final Map<String, List<String>> mistakes = new TreeMap<>();

    /** Scores one field of one document: gold null or blank means the field is not stated and not scored. */
    void score(String field, String file, String gold, String extracted) {
        if (gold == null || gold.isBlank()) {
            if (extracted != null && !extracted.isBlank()) {
                count(field)[3]++;
                note(field, file + ": gold states nothing, extracted '" + extracted + "'");
            }
            return;
        }
        int[] c = count(field);
        if (extracted == null || extracted.isBlank()) {
            c[2]++;
            note(field, file + ": missing, gold '" + gold + "'");
        } else if (Objects.equals(gold, extracted)) {
            c[0]++;
        } else {
            c[1]++;
            note(field, file + ": '" + extracted + "', gold '" + gold + "'");
        }
    }

    int wrong() {
        return counts.values().stream().mapToInt(c -> c[1] + c[3]).sum();
    }

    int missing() {
        return counts.values().stream().mapToInt(c -> c[2]).sum();
    }

    /** A table of the figures, one field a line, then the kept mistakes. */
    String report() {
        StringBuilder out = new StringBuilder(String.format("%-36s %8s %6s %8s %9s%n", "field", "correct", "wrong", "missing", "unstated"));
        counts.forEach((field, c) -> out.append(String.format("%-36s %8d %6d %8d %9d%n", field, c[0], c[1], c[2], c[3])));
        mistakes.forEach((field, list) -> list.forEach(m -> out.append("  ").append(field).append(": ").append(m).append('\n')));
        return out.toString();
    }

    private int[] count(String field) {
        return counts.computeIfAbsent(field, f -> new int[4]);
    }

    private void note(String field, String mistake) {
        List<String> list = mistakes.computeIfAbsent(field, f -> new ArrayList<>());
        if (list.size() < KEPT_MISTAKES) {
            list.add(mistake);
        }
    }
}
