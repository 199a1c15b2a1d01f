package org.ofstedkg.loader.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ofstedkg.loader.statements.StatementLists.Role;
import org.ofstedkg.loader.structure.Block;
import org.ofstedkg.loader.structure.DocumentStructure;

/**
 * Reads the lists of a document's structure: the list items and numbered recommendations under a heading that
 * opens a list of what needs to improve or of strengths, with each numbered recommendation's sub-bullets kept inside
 * it; the bullets after a letter's lead-in ('... were delivered satisfactorily ...'); and a council paper's
 * sub-paragraphs numbered under its 'Areas of strength' paragraph ('5.9' then '5.9.1', '5.9.2' ...).
 */
final class ListReading {

    private enum Mode { NONE, IMPROVE, STRENGTH, LEAD_IN, NUMBERED_STRENGTH }

    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?]['’\"”)]?$");
    private static final java.util.Set<String> OPENERS = java.util.Set.copyOf(CueFile.lines("recommendation-openers.txt"));
    private static final Pattern LABEL = Pattern.compile("^(\\d+(?:\\.\\d+)+)\\s+");

    private final String text;
    private final boolean committee;
    private final List<Listed> items = new ArrayList<>();
    private final Set<Integer> used;
    private Mode mode = Mode.NONE;
    private String label;
    private String prefix;
    private Listed open;
    private boolean bulleted;
    private boolean taken;
    private int lowestCited = Integer.MAX_VALUE;

    private ListReading(String text, boolean committee, Set<Integer> used) {
        this.text = text;
        this.committee = committee;
        this.used = used;
    }

    /**
     * The listed items of a document in reading order; the start offsets of the blocks taken as items are added to
     * {@code used}, so that their sentences are not also read as findings.
     */
    static List<Listed> read(String text, DocumentStructure structure, boolean committee, Set<Integer> used) {
        ListReading reading = new ListReading(text, committee, used);
        for (Block block : structure.blocks()) {
            reading.take(block);
        }
        reading.flush();
        return reading.items;
    }

    private static boolean instructs(String words) {
        String first = words.split("\\s+", 2)[0];
        return OPENERS.contains(first);
    }

    /** Whether a recommendation of this list cites a paragraph numbered at or before {@code number}. */
    private boolean cited(String number) {
        return number.matches("\\d+") && lowestCited <= Integer.parseInt(number);
    }

    private void cite(String number) {
        if (number.matches("\\d+")) {
            lowestCited = Math.min(lowestCited, Integer.parseInt(number));
        }
    }

    private void take(Block block) {
        if (block.kind() == Block.Kind.HEADING) {
            flush();
            bulleted = false;
            taken = false;
            lowestCited = Integer.MAX_VALUE;
            label = block.text();
            if (committee && StatementLists.is(Role.COMMITTEE_IMPROVEMENT, block.text())) {
                mode = Mode.NONE;
            } else if (StatementLists.is(Role.IMPROVEMENT_HEADING, block.text())) {
                mode = Mode.IMPROVE;
            } else if (StatementLists.is(Role.STRENGTH_HEADING, block.text())) {
                mode = Mode.STRENGTH;
            } else if (StatementLists.is(Role.STRENGTH_LEAD_IN, block.text())) {
                mode = Mode.LEAD_IN;
            } else {
                mode = Mode.NONE;
            }
            return;
        }
        boolean numbered = block.number() != null;
        if (numbered && (StatementLists.is(Role.COMMITTEE_STRENGTH, block.text())
                || StatementLists.is(Role.STRENGTH_HEADING, block.text()))) {
            flush();
            mode = Mode.NUMBERED_STRENGTH;
            prefix = block.number() + ".";
            label = block.text();
            used.add(block.start());
            return;
        }
        if (block.kind() == Block.Kind.PARAGRAPH && !numbered && StatementLists.is(Role.STRENGTH_LEAD_IN, block.text())) {
            flush();
            mode = Mode.LEAD_IN;
            label = block.text();
            return;
        }
        switch (mode) {
            case IMPROVE, STRENGTH -> {
                if (block.kind() == Block.Kind.LIST_ITEM && open != null && open.number() != null) {
                    open = open.withSubBullet(block.text(), block.end());
                    used.add(block.start());
                } else if (block.kind() == Block.Kind.LIST_ITEM) {
                    flush();
                    bulleted = true;
                    open = item(block, null, 0);
                } else if (numbered && !bulleted && !cited(block.number()) && (!taken || instructs(block.text()))) {
                    flush();
                    open = item(block, block.number(), 0);
                    taken = true;
                    Citations.in(open.text()).forEach(this::cite);
                } else if (numbered || bulleted || taken) {
                    // A paragraph after a bulleted list, or one a recommendation cites, is the narrative again
                    // under a heading the structure missed.
                    flush();
                    mode = Mode.NONE;
                } else {
                    // Text inside a list that is no item (a contents line, a stray fragment) states no finding.
                    flush();
                    used.add(block.start());
                }
            }
            case LEAD_IN -> {
                flush();
                // A paragraph that ends no sentence is the next list's lead-in ('... strengths, area for priority
                // action and'), not an item.
                if (numbered || block.kind() == Block.Kind.PARAGRAPH && !ENDS_SENTENCE.matcher(block.text()).find()) {
                    mode = Mode.NONE;
                } else {
                    open = item(block, null, 0);
                }
            }
            case NUMBERED_STRENGTH -> {
                flush();
                Matcher printed = LABEL.matcher(block.text());
                if (numbered && block.number().startsWith(prefix)) {
                    open = item(block, block.number(), 0);
                } else if (!numbered && printed.find() && printed.group(1).startsWith(prefix)) {
                    open = item(block, printed.group(1), printed.end());
                } else if (numbered) {
                    mode = Mode.NONE;
                }
            }
            default -> { }
        }
    }

    /** An item of {@code block}, its words starting {@code skip} characters into the block's text. */
    private Listed item(Block block, String number, int skip) {
        used.add(block.start());
        int end = Spans.clippedEnd(text, block);
        JoinedText joined = JoinedText.of(text, block.start(), end);
        int from = Math.min(Spans.wordsStart(joined, block) + skip, joined.text().length() - 1);
        String words = joined.text().substring(from).strip();
        boolean strength = mode != Mode.IMPROVE;
        return new Listed(strength, words, number, label, joined.sourceOf(from), end, block.page());
    }

    private void flush() {
        if (open != null) {
            items.add(open);
            open = null;
        }
    }
}
