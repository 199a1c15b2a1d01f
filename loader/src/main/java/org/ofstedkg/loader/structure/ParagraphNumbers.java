package org.ofstedkg.loader.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ofstedkg.loader.text.ReportText.Line;

/**
 * Tells which numbered lines open the document's numbered paragraphs. Reports number their paragraphs in one run
 * (1, 2, 3 ... or 5.8, 5.9, 5.9.1, 5.10 ... in council papers), while other numbers also open lines: a judgement
 * table's row labels, a numbered list, a date at a line start. The paragraphs are the longest chain of lines, in
 * reading order, whose numbers follow one another; every other numbered line is ordinary text. Where two chains
 * are as long, the later lines win: a table's row labels come before the paragraphs they would otherwise join.
 */
final class ParagraphNumbers {

    /** How many numbers a run may lose between two of its lines and still be one run. */
    private static final int MOST_LOST = 2;
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,2}){0,2})\\.?\\s+(\\S.*)$");

    private ParagraphNumbers() {}

    /** The line indexes that open numbered paragraphs, each with its number as printed. */
    static Map<Integer, String> find(List<Line> lines, int bodyEndLine) {
        List<Integer> candidates = new ArrayList<>();
        List<int[]> labels = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        for (int i = 0; i < bodyEndLine; i++) {
            // Council papers in Markdown put their numbered paragraphs in list items.
            String text = lines.get(i).text();
            if (text.startsWith(org.ofstedkg.loader.text.ReportText.BULLET)) {
                text = text.substring(org.ofstedkg.loader.text.ReportText.BULLET.length()).strip();
            }
            Matcher matcher = NUMBERED.matcher(text);
            // A paragraph's first word begins with a capital or a quote; '12 children' is a sentence's number.
            if (matcher.matches() && startsSentence(matcher.group(2)) && (matcher.group(1).contains(".")
                    || text.startsWith(matcher.group(1) + ".")) && !JudgementRows.isRow(matcher.group(2))) {
                candidates.add(i);
                labels.add(Arrays.stream(matcher.group(1).split("\\.")).mapToInt(Integer::parseInt).toArray());
                printed.add(matcher.group(1));
            }
        }
        // A document numbers its paragraphs in one style, whole numbers (Ofsted) or dotted labels (council papers);
        // labels of the other style (a table's '2.1' row) take no part in the run.
        long dotted = labels.stream().filter(label -> label.length > 1).count();
        boolean dottedStyle = dotted * 2 > labels.size();
        for (int k = labels.size() - 1; k >= 0; k--) {
            if ((labels.get(k).length > 1) != dottedStyle) {
                candidates.remove(k);
                labels.remove(k);
                printed.remove(k);
            }
        }
        int n = candidates.size();
        int[] length = new int[n];
        int[] previous = new int[n];
        int best = -1;
        for (int i = 0; i < n; i++) {
            length[i] = 1;
            previous[i] = -1;
            for (int j = i - 1; j >= 0; j--) {
                if (follows(labels.get(j), labels.get(i)) && length[j] + 1 > length[i]) {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }
            if (best < 0 || length[i] > length[best]) {
                best = i;
            }
        }
        Map<Integer, String> chain = new HashMap<>();
        // A lone numbered line is no run of paragraphs.
        if (best >= 0 && length[best] >= 2) {
            for (int i = best; i >= 0; i = previous[i]) {
                chain.put(candidates.get(i), printed.get(i));
            }
        }
        return chain;
    }

    /**
     * Whether {@code next} is a number that may follow {@code prior}: 4 then 5 (or 6 or 7, a number or two lost);
     * 5.9 then 5.9.1, 5.10 or 6.1.
     */
    static boolean follows(int[] prior, int[] next) {
        for (int depth = Math.min(prior.length, next.length + 1) - 1; depth >= 0; depth--) {
            // next = prior's prefix up to depth, with the last part one higher, then optionally '.1' parts.
            if (next.length < depth + 1) {
                continue;
            }
            boolean samePrefix = true;
            for (int k = 0; k < depth; k++) {
                samePrefix &= prior[k] == next[k];
            }
            int step = next[depth] - prior[depth];
            boolean lastPart = depth == next.length - 1 && depth == prior.length - 1;
            // At the same depth a number or two may be lost (to OCR, to a line that broke before its text).
            if (samePrefix && (step == 1 || lastPart && step > 1 && step <= 1 + MOST_LOST) && tailIsOnes(next, depth + 1)) {
                return true;
            }
        }
        // A sub-paragraph: 5.9 then 5.9.1.
        if (next.length == prior.length + 1 && next[next.length - 1] == 1) {
            for (int k = 0; k < prior.length; k++) {
                if (prior[k] != next[k]) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean tailIsOnes(int[] label, int from) {
        for (int k = from; k < label.length; k++) {
            if (label[k] != 1) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsSentence(String text) {
        int first = text.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || "‘'\"“([".indexOf(first) >= 0;
    }
}
