package org.ofstedkg.loader.statements;

import java.util.ArrayList;
import java.util.List;

/**
 * The cues, from {@code statement-lists.txt}, that tell where a document lists what needs to improve and what is
 * strong: list headings, strength lead-ins, and the headings of a council paper's own layout.
 */
final class StatementLists {

    /** What a cue opens. */
    enum Role { IMPROVEMENT_HEADING, STRENGTH_HEADING, STRENGTH_LEAD_IN, COMMITTEE_IMPROVEMENT, COMMITTEE_STRENGTH }

    private record Cue(Role role, String words) {}

    private static final List<Cue> CUES = load();

    private StatementLists() {}

    /** Whether the heading or sentence {@code text} is a cue of {@code role}. */
    static boolean is(Role role, String text) {
        String folded = CueFile.fold(text);
        for (Cue cue : CUES) {
            if (cue.role == role && (role == Role.STRENGTH_LEAD_IN ? folded.contains(cue.words) : folded.equals(cue.words))) {
                return true;
            }
        }
        return false;
    }

    private static List<Cue> load() {
        List<Cue> cues = new ArrayList<>();
        for (String line : CueFile.lines("statement-lists.txt")) {
            String[] columns = line.split("\t", 2);
            Role role = Role.valueOf(columns[0].strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            cues.add(new Cue(role, CueFile.fold(columns[1])));
        }
        return List.copyOf(cues);
    }
}
