package org.ofstedkg.loader.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date forms reports and papers print for fieldwork: '15 to 19 July 2024', '02 March 2020 to 13 March
 * 2020', '6 October to 8 November 2019', '17 and 18 March 2010', '11th to the 29th November 2019', '14 January –
 * 5 February 2014', '18 Feb 2014 – 12 March 2014', '15-19 July 2013', '12/09/2016 to 06/10/2016', and two
 * fieldwork periods ('... and 4 to 8 March 2019'), whose range runs from the first day to the last.
 *
 * <p>Each day takes the month and year printed after it when it has none of its own, as English prints ranges. A
 * result that is not a valid calendar range (last day before first, or longer than {@value #LONGEST_DAYS} days,
 * longer than any inspection's fieldwork) is refused rather than guessed at.
 */
public final class InspectionDates {

    /** No inspection's fieldwork is longer; a longer span means the words were not one fieldwork period. */
    static final int LONGEST_DAYS = 120;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final String DAY = "(?:[0-2]?[0-9]|3[01])(?:st|nd|rd|th)?";
    private static final String NUMERIC = "[0-3]?[0-9]/[01]?[0-9]/(?:19|20)[0-9]{2}";
    private static final String PART = "(?:" + NUMERIC + "|" + DAY + "(?:\\s+(?:of\\s+)?" + MONTH + ")?(?:,?\\s+(?:19|20)[0-9]{2})?)";
    /** Words and dashes between dates; U+2500, a box-drawing line, stands in for a dash in some reports. */
    private static final String JOIN = "\\s*(?:,|to|and|until|till|-|\u2013|\u2014|\u2212|\u2500)\\s*(?:the\\s+)?";
    /** A run of date parts; it must hold a month and end with a year to be a date at all. */
    private static final Pattern RANGE = Pattern.compile(
            "(?<![0-9A-Za-z/])" + PART + "(?:" + JOIN + PART + ")*(?![0-9A-Za-z/])", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOKEN = Pattern.compile(
            "(?<numeric>" + NUMERIC + ")|(?<year>\\b(?:19|20)[0-9]{2}\\b)|(?<day>\\b(?:[0-2]?[0-9]|3[01])(?:st|nd|rd|th)?\\b)"
                    + "|(?<month>\\b" + MONTH.replace("\\.?", "") + "\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HAS_MONTH_AND_YEAR = Pattern.compile(
            "(?i)(?:" + NUMERIC + "|\\b" + MONTH.replace("\\.?", "") + "\\b.*\\b(?:19|20)[0-9]{2})\\s*$");

    private InspectionDates() {}

    /** The first fieldwork range printed in {@code text}, or empty when it prints none. */
    public static Optional<DateRange> find(String text) {
        Matcher matcher = RANGE.matcher(text);
        while (matcher.find()) {
            String words = matcher.group().strip();
            if (HAS_MONTH_AND_YEAR.matcher(words).find()) {
                Optional<DateRange> range = parse(words);
                if (range.isPresent()) {
                    return range;
                }
            }
        }
        return Optional.empty();
    }

    /** Reads {@code words} as one range (or one day); empty when they are not one. */
    public static Optional<DateRange> parse(String words) {
        List<int[]> parts = new ArrayList<>(); // day, month, year; 0 where not printed
        Matcher token = TOKEN.matcher(words);
        while (token.find()) {
            if (token.group("numeric") != null) {
                String[] dmy = token.group("numeric").split("/");
                parts.add(new int[] {Integer.parseInt(dmy[0]), Integer.parseInt(dmy[1]), Integer.parseInt(dmy[2])});
            } else if (token.group("day") != null) {
                parts.add(new int[] {Integer.parseInt(token.group("day").replaceAll("[^0-9]", "")), 0, 0});
            } else if (parts.isEmpty()) {
                return Optional.empty();
            } else if (token.group("month") != null) {
                int[] last = parts.get(parts.size() - 1);
                if (last[1] != 0) {
                    return Optional.empty();
                }
                last[1] = MONTHS.get(token.group("month").toLowerCase(Locale.ROOT));
            } else {
                int[] last = parts.get(parts.size() - 1);
                if (last[2] != 0) {
                    return Optional.empty();
                }
                last[2] = Integer.parseInt(token.group("year"));
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        // A part without month or year takes them from the part after it: '15 to 19 July 2024'.
        for (int i = parts.size() - 2; i >= 0; i--) {
            int[] part = parts.get(i);
            int[] next = parts.get(i + 1);
            boolean borrowedYear = part[2] == 0;
            if (part[1] == 0) {
                part[1] = next[1];
            }
            if (borrowedYear) {
                // '29 December to 9 January 2020': a December before a January is in the year before.
                part[2] = part[1] > next[1] ? next[2] - 1 : next[2];
            }
        }
        try {
            int[] first = parts.get(0);
            int[] last = parts.get(parts.size() - 1);
            if (last[1] == 0 || last[2] == 0) {
                return Optional.empty();
            }
            LocalDate start = LocalDate.of(first[2], first[1], first[0]);
            LocalDate end = LocalDate.of(last[2], last[1], last[0]);
            for (int[] part : parts) {
                LocalDate.of(part[2], part[1], part[0]);
            }
            DateRange range = new DateRange(start, end, words);
            if (end.isBefore(start) || range.days() > LONGEST_DAYS) {
                return Optional.empty();
            }
            return Optional.of(range);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
