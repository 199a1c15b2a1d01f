package org.ofstedkg.loader.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ofstedkg.loader.classify.EnglishTokens.Token;
import org.ofstedkg.loader.classify.PolarityCues.Cue;
import org.ofstedkg.loader.classify.PolarityCues.Kind;

/**
 * Decides whether a statement is a strength, a weakness, mixed or neutral, and says why. The heading decides first:
 * items under 'What needs to improve' are weaknesses and items under 'Areas of strength' strengths, whatever their
 * words. Otherwise the words decide: strength cues and weakness cues are found, a negator or hedge earlier in the
 * same clause turns a cue round ('not always effective' is a weakness, 'without delay' a strength), a hedge that
 * qualifies nothing is a weakness by itself ('too many'), as is a negator that turns nothing ('there is no plan').
 * A statement that sets clauses against each other with cues on both sides ('X is good, but Y is not') is mixed;
 * otherwise the side with more cues carries it, a tie going to weakness; no cue at all makes it neutral.
 */
final class PolarityJudge {

    /** Polarity ids: the local names of the polarity scheme. */
    static final String STRENGTH = "strength";
    static final String WEAKNESS = "weakness";
    static final String MIXED = "mixed";
    static final String NEUTRAL = "neutral";

    /** How many words before a cue a negator or hedge may stand and still turn it round. */
    private static final int REACH = 4;

    private final PolarityCues cues;
    /** The positions in {@code cues.phrases()} of the word cues, by their first word: the cue search's index. */
    private final Map<String, List<Integer>> cuesByFirstWord = new HashMap<>();

    PolarityJudge(PolarityCues cues) {
        this.cues = cues;
        List<Cue> phrases = cues.phrases();
        for (int c = 0; c < phrases.size(); c++) {
            Kind kind = phrases.get(c).kind();
            if (kind != Kind.WEAKNESS_SECTION && kind != Kind.STRENGTH_SECTION && kind != Kind.CONTRAST
                    && kind != Kind.CONCESSION && kind != Kind.TURN) {
                cuesByFirstWord.computeIfAbsent(phrases.get(c).words().get(0), w -> new ArrayList<>()).add(c);
            }
        }
    }

    /** A cue found in a statement: words first to last (inclusive), and the clause it sits in. */
    private record Found(Cue cue, int first, int last, int clause) {}

    /** The evidence found so far: the reasons in the order they were weighed, and how many point each way. */
    private static final class Evidence {
        final List<String> reasons = new ArrayList<>();
        int strengths;
        int weaknesses;

        void strength(String reason) {
            reasons.add(reason);
            strengths++;
        }

        void weakness(String reason) {
            reasons.add(reason);
            weaknesses++;
        }
    }

    /** The polarity and the reasons, in the order they were weighed. */
    record Verdict(String polarity, List<String> reasons) {}

    Verdict judge(String text, List<Token> tokens, String section) {
        if (section != null && !section.isBlank()) {
            List<Token> heading = EnglishTokens.of(section);
            if (contains(heading, Kind.WEAKNESS_SECTION)) {
                return new Verdict(WEAKNESS, List.of("section: " + section.strip()));
            }
            if (contains(heading, Kind.STRENGTH_SECTION)) {
                return new Verdict(STRENGTH, List.of("section: " + section.strip()));
            }
        }
        List<Found> found = find(text, tokens);
        Evidence evidence = new Evidence();
        Found pending = null;
        boolean pendingUsed = false;
        for (Found f : found) {
            if (pending != null && (f.clause() != pending.clause() || f.first() - pending.last() > REACH)) {
                flushHedge(pending, pendingUsed, evidence);
                pending = null;
            }
            switch (f.cue().kind()) {
                case NEGATOR, HEDGE -> {
                    if (pending != null) {
                        flushHedge(pending, pendingUsed, evidence);
                    }
                    pending = f;
                    pendingUsed = false;
                }
                case STRENGTH -> {
                    if (pending != null) {
                        evidence.weakness((pending.cue().kind() == Kind.HEDGE ? "hedged" : "negated")
                                + " strength cue: " + pending.cue().phrase() + " ... " + f.cue().phrase());
                        pendingUsed = true;
                    } else {
                        evidence.strength("strength cue: " + f.cue().phrase());
                    }
                }
                case WEAKNESS -> {
                    if (pending != null && pending.cue().kind() == Kind.NEGATOR) {
                        evidence.strength("negated weakness cue: " + pending.cue().phrase() + " ... " + f.cue().phrase());
                        pendingUsed = true;
                    } else {
                        evidence.weakness("weakness cue: " + f.cue().phrase());
                    }
                }
                default -> { }
            }
        }
        if (pending != null) {
            flushHedge(pending, pendingUsed, evidence);
        }
        List<String> reasons = evidence.reasons;
        if (evidence.strengths == 0 && evidence.weaknesses == 0) {
            return new Verdict(NEUTRAL, List.of("no cue"));
        }
        // A sentence that sets one clause against another ('X is good, but Y is not') is mixed when both sides
        // carry cues; a turning word ('but', 'although') makes it mixed even when only one side's words are cues,
        // since what it turns from is the other side ('plans are in place, but their quality is inconsistent').
        // A concession opening the sentence turns it too: 'While ...' there means 'although', not 'during'.
        Cue contrast = contrast(text, tokens);
        boolean bothSides = evidence.strengths > 0 && evidence.weaknesses > 0;
        boolean turns = contrast != null && (opens(contrast, tokens) || cues.of(Kind.TURN).stream()
                .anyMatch(turn -> turn.phrase().equals(contrast.phrase())));
        if (contrast != null && (bothSides || turns)) {
            reasons.add("contrast: " + contrast.phrase());
            return new Verdict(MIXED, reasons);
        }
        // Without a contrast, the side with more evidence carries the statement; a tie goes to the shortfall,
        // because inspectors qualify praise more often than they qualify criticism.
        int balance = evidence.strengths - evidence.weaknesses;
        return new Verdict(balance > 0 ? STRENGTH : WEAKNESS, reasons);
    }

    /**
     * A hedge that qualified no strength cue still limits what the statement praises ('in some cases'); a negator
     * that turned no cue round still says something is missing ('there is no plan').
     */
    private static void flushHedge(Found pending, boolean used, Evidence evidence) {
        if (!used) {
            evidence.weakness((pending.cue().kind() == Kind.HEDGE ? "hedge: " : "negation: ") + pending.cue().phrase());
        }
    }

    /**
     * The first word of a statement that sets two clauses against each other, or null: a concession anywhere
     * ('Although ...'); a contrast anywhere but at the start or set off by commas, where it answers the sentence
     * before ('However, ...', 'Plans, however, are ...').
     */
    private Cue contrast(String text, List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            for (Cue cue : cues.of(Kind.CONCESSION)) {
                if (matchesAt(cue, tokens, i)) {
                    return cue;
                }
            }
            for (Cue cue : cues.of(Kind.CONTRAST)) {
                if (i > 0 && matchesAt(cue, tokens, i) && !parenthetical(text, tokens, i, cue.words().size())) {
                    return cue;
                }
            }
        }
        return null;
    }

    private static boolean opens(Cue cue, List<Token> tokens) {
        return cue.kind() == Kind.CONCESSION && matchesAt(cue, tokens, 0);
    }

    private static boolean parenthetical(String text, List<Token> tokens, int first, int length) {
        int last = first + length - 1;
        String before = text.substring(tokens.get(first - 1).end(), tokens.get(first).start());
        String after = last + 1 < tokens.size()
                ? text.substring(tokens.get(last).end(), tokens.get(last + 1).start())
                : text.substring(tokens.get(last).end());
        return before.contains(",") && after.contains(",");
    }

    private boolean contains(List<Token> words, Kind kind) {
        for (Cue cue : cues.of(kind)) {
            for (int i = 0; i + cue.words().size() <= words.size(); i++) {
                if (matchesAt(cue, words, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The statement's cues, longest first where they overlap, in text order. Candidates come from the index by
     * first word and are claimed in the cue table's order, then by position, as a scan of every cue would.
     */
    private List<Found> find(String text, List<Token> tokens) {
        int[] clause = clauses(text, tokens);
        List<long[]> candidates = new ArrayList<>(); // cue position, word position
        for (int i = 0; i < tokens.size(); i++) {
            for (int c : cuesByFirstWord.getOrDefault(tokens.get(i).word(), List.of())) {
                if (matchesAt(cues.phrases().get(c), tokens, i)) {
                    candidates.add(new long[] {c, i});
                }
            }
        }
        candidates.sort(Comparator.<long[]>comparingLong(a -> a[0]).thenComparingLong(a -> a[1]));
        boolean[] claimed = new boolean[tokens.size()];
        List<Found> found = new ArrayList<>();
        for (long[] candidate : candidates) {
            Cue cue = cues.phrases().get((int) candidate[0]);
            int i = (int) candidate[1];
            int n = cue.words().size();
            if (free(claimed, i, n)) {
                for (int k = i; k < i + n; k++) {
                    claimed[k] = true;
                }
                found.add(new Found(cue, i, i + n - 1, clause[i]));
            }
        }
        found.sort(Comparator.comparingInt(Found::first));
        return found;
    }

    /** Each word's clause number: a new clause starts after a comma, semicolon or colon, or at a contrast word. */
    private int[] clauses(String text, List<Token> tokens) {
        int[] clause = new int[tokens.size()];
        int current = 0;
        List<Cue> contrasts = new ArrayList<>(cues.of(Kind.CONTRAST));
        contrasts.addAll(cues.of(Kind.CONCESSION));
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) {
                String between = text.substring(tokens.get(i - 1).end(), tokens.get(i).start());
                if (between.matches(".*[,;:()\\u2013\\u2014].*")) {
                    current++;
                } else {
                    for (Cue contrast : contrasts) {
                        if (matchesAt(contrast, tokens, i)) {
                            current++;
                            break;
                        }
                    }
                }
            }
            clause[i] = current;
        }
        return clause;
    }

    private static boolean matchesAt(Cue cue, List<Token> tokens, int at) {
        if (at + cue.words().size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < cue.words().size(); k++) {
            if (!cue.words().get(k).equals(tokens.get(at + k).word())) {
                return false;
            }
        }
        return true;
    }

    private static boolean free(boolean[] claimed, int at, int n) {
        for (int k = at; k < at + n; k++) {
            if (claimed[k]) {
                return false;
            }
        }
        return true;
    }
}
