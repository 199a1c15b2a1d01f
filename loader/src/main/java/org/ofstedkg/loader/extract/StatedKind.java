package org.ofstedkg.loader.extract;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kind of inspection a secondary source says it describes, from the inspection-kind vocabulary's labels in the
 * sentences that speak of that inspection: its title, the sentence that gives its fieldwork dates, and any
 * sentence that names a single kind and places it in the fieldwork's month ("Felpersham received a Standard
 * inspection in November 2019"). Sentences about the framework in general ("either a standard inspection or a
 * short inspection") or about earlier inspections are not about this one and are passed over. Of the kinds found,
 * the narrowest wins when each lies within the next ("ILACS" and "standard inspection": ilacs-standard); kinds
 * that do not (ILACS and SIF) are a conflict, settled for the title's and date sentence's kind and noted.
 *
 * @param id the kind's local name
 * @param basis the words the kind was told from
 */
record StatedKind(String id, String basis) {

    /**
     * The kind stated, or empty when no sentence about the inspection names one.
     *
     * @param title the paper's title, or null
     * @param dateSentence the sentence that gives the fieldwork dates, or null
     * @param sentences every sentence of the paper
     * @param fieldwork the fieldwork dates, if read
     */
    static Optional<StatedKind> of(String title, String dateSentence, List<String> sentences, Optional<DateRange> fieldwork,
            Issues note) {
        InspectionKinds kinds = InspectionKinds.bundled();
        List<String[]> found = new ArrayList<>(); // kind, words
        for (String direct : new String[] {title, dateSentence}) {
            if (direct != null) {
                kinds.in(Folding.fold(direct)).forEach(k -> found.add(new String[] {k.id(), direct}));
            }
        }
        int direct = found.size();
        if (fieldwork.isPresent()) {
            for (String sentence : sentences) {
                String folded = Folding.fold(sentence);
                List<InspectionKinds.Found> named = kinds.in(folded);
                if (named.size() == 1 && placedIn(folded, fieldwork.get())) {
                    found.add(new String[] {named.get(0).id(), sentence});
                }
            }
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String[] narrowest = found.get(0);
        for (String[] candidate : found) {
            if (kinds.within(candidate[0], narrowest[0])) {
                narrowest = candidate;
            } else if (!kinds.within(narrowest[0], candidate[0])) {
                String[] settled = found.get(0);
                note.conflict(0, "the paper names the inspection both '" + narrowest[0] + "' and '" + candidate[0]
                        + "'; " + (direct > 0 ? "the kind its title or date sentence names" : "the first named") + " is kept");
                return Optional.of(new StatedKind(settled[0], "stated: '" + settled[1] + "'"));
            }
        }
        return Optional.of(new StatedKind(narrowest[0], "stated: '" + narrowest[1] + "'"));
    }

    /** Whether a folded sentence names the month and year of the fieldwork's first or last day. */
    private static boolean placedIn(String folded, DateRange fieldwork) {
        for (LocalDate day : new LocalDate[] {fieldwork.start(), fieldwork.end()}) {
            String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT);
            if (folded.contains(month + " " + day.getYear())) {
                return true;
            }
        }
        return false;
    }
}
