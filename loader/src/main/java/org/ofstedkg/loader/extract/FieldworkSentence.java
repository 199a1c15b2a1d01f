package org.ofstedkg.loader.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sentence in which a letter or paper says when its inspection took place ("The inspection was conducted on
 * 17 and 18 March 2010", "... which took place between the 11th to the 29th November 2019"): the first that speaks
 * of an inspection or visit and prints a date range. Words from "publish" on are left out, since the date printed
 * there is the report's publication, not the fieldwork.
 */
final class FieldworkSentence {

    private static final Pattern SPEAKS_OF_FIELDWORK = Pattern.compile("\\b(?:inspect|visit|fieldwork|on[- ]site)");

    private FieldworkSentence() {}

    /** The first sentence that states the fieldwork's dates, or empty. */
    static Optional<String> first(List<String> sentences) {
        return sentences.stream().filter(s -> dates(s).isPresent()).findFirst();
    }

    /** The fieldwork dates a sentence states, or empty when it states none. */
    static Optional<DateRange> dates(String sentence) {
        String before = beforePublication(sentence);
        return SPEAKS_OF_FIELDWORK.matcher(Folding.fold(before)).find() ? InspectionDates.find(before) : Optional.empty();
    }

    private static String beforePublication(String sentence) {
        int at = sentence.toLowerCase(Locale.ROOT).indexOf("publish");
        return at < 0 ? sentence : sentence.substring(0, at);
    }
}
