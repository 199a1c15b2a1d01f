package org.ofstedkg.loader.accuracy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The hand-checked facts of ../shared/gold/corpus-facts.csv, one row per corpus file, keyed by file name. Its grade
 * columns name judgement areas in the gold's own terms; {@link #areaOf} maps them to the vocabulary's areas.
 */
final class CorpusGold {

    /** Gold grade columns, in file order. */
    static final String[] GRADE_COLUMNS = {"overall", "impact_of_leaders", "help_and_protection", "children_in_care",
        "care_leavers", "children_in_care_and_care_leavers", "sif_children_looked_after", "sif_adoption",
        "sif_care_leavers", "sif_leadership", "lscb"};

    private CorpusGold() {}

    static Map<String, CSVRecord> read(Path csv) throws IOException {
        Map<String, CSVRecord> rows = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                rows.put(row.get("file"), row);
            }
        }
        return rows;
    }

    /** The vocabulary area a gold grade column stands for in a report of the gold's kind. */
    static String areaOf(String column, String goldKind) {
        boolean sif = goldKind.equals("sif");
        return switch (column) {
            case "overall" -> sif ? "sif-overall" : "overall-effectiveness";
            case "help_and_protection" -> sif ? "sif-help-and-protection" : "help-and-protection";
            default -> column.replace('_', '-');
        };
    }

    /** Whether an extracted inspection kind agrees with the gold's kind column. */
    static boolean kindAgrees(String goldKind, String extracted) {
        return switch (goldKind) {
            case "ilacs-graded" -> extracted.startsWith("ilacs");
            case "other" -> extracted.equals("lscb-review");
            default -> goldKind.equals(extracted);
        };
    }
}
