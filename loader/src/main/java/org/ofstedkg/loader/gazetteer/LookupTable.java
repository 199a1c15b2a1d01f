package org.ofstedkg.loader.gazetteer;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Reads the authority lookup table ({@code la-lookup.csv}: one row per authority with its Ofsted URN, DfE and GSS
 * codes, ONS names, region and statistical neighbours) into {@link Authority} records.
 *
 * <p>Alternative names come from the table's {@code also_known_as} list and from its ONS district names where those
 * differ from the authority's own name and belong to no other row: Cumberland's district name is "Cumbria", which
 * is also a former authority, so it must not become a name of Cumberland.
 */
public final class LookupTable {

    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*");
    private static final Pattern GSS = Pattern.compile("E[0-9]{8}");

    private LookupTable() {}

    /** Reads the table at {@code csv}. */
    public static List<Authority> read(Path csv) throws IOException {
        // The table is written by spreadsheet software and begins with a byte-order mark.
        try (Reader reader = new InputStreamReader(
                BOMInputStream.builder().setInputStream(Files.newInputStream(csv)).get(), StandardCharsets.UTF_8)) {
            return read(reader, csv.getFileName().toString());
        }
    }

    /** Reads a table from {@code reader}; {@code source} names it in error messages. */
    public static List<Authority> read(Reader reader, String source) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<CSVRecord> rows;
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            rows = parser.getRecords();
        }
        Set<String> ownNames = new LinkedHashSet<>();
        for (CSVRecord row : rows) {
            ownNames.add(field(row, "local_authority_ons_name", source));
        }
        Map<String, String> regionCodes = regionCodesByName(rows);
        Map<String, String> regionNames = regionNamesByCode(rows, regionCodes);
        List<Authority> authorities = new ArrayList<>();
        for (CSVRecord row : rows) {
            authorities.add(toAuthority(row, ownNames, regionCodes, regionNames, source));
        }
        return authorities;
    }

    /**
     * The GSS code of each region, by its name: the code most rows of that region give. The table's code column
     * contradicts its name column on a few rows (an authority in the South West coded as Yorkshire and the Humber),
     * and the name agrees with the authority's other columns, so the name decides and the code follows it.
     */
    static Map<String, String> regionCodesByName(List<CSVRecord> rows) {
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        for (CSVRecord row : rows) {
            String name = row.get("rgn22nm").strip().toLowerCase(java.util.Locale.ROOT);
            String code = row.get("rgn22cd").strip();
            if (!name.isEmpty() && GSS.matcher(code).matches()) {
                votes.computeIfAbsent(name, n -> new HashMap<>()).merge(code, 1, Integer::sum);
            }
        }
        Map<String, String> codes = new HashMap<>();
        votes.forEach((name, counts) -> codes.put(name,
                counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
        return codes;
    }

    /** Each region's name as most rows spell it ("Yorkshire and the Humber", not "... The Humber"), by its code. */
    static Map<String, String> regionNamesByCode(List<CSVRecord> rows, Map<String, String> regionCodes) {
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        for (CSVRecord row : rows) {
            String name = row.get("rgn22nm").strip();
            String code = regionCodes.get(name.toLowerCase(java.util.Locale.ROOT));
            if (code != null) {
                votes.computeIfAbsent(code, c -> new HashMap<>()).merge(name, 1, Integer::sum);
            }
        }
        Map<String, String> names = new HashMap<>();
        votes.forEach((code, counts) -> names.put(code,
                counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
        return names;
    }

    private static Authority toAuthority(CSVRecord row, Set<String> ownNames, Map<String, String> regionCodes,
            Map<String, String> regionNames, String source) {
        String name = field(row, "local_authority_ons_name", source);
        Set<String> alternatives = new LinkedHashSet<>(rejoinNames(parseList(row.get("also_known_as")), name));
        for (String column : List.of("ltla23nm", "utla23nm")) {
            String districtName = row.get(column).strip();
            if (!districtName.isEmpty() && !ownNames.contains(districtName)) {
                alternatives.add(districtName);
            }
        }
        alternatives.remove(name);
        String gss = row.get("la_code_new").strip();
        String regionCode = regionCodes.getOrDefault(field(row, "rgn22nm", source).toLowerCase(java.util.Locale.ROOT),
                field(row, "rgn22cd", source));
        return new Authority(
                field(row, "urn", source),
                field(row, "la_code", source),
                GSS.matcher(gss).matches() ? gss : null,
                name,
                List.copyOf(alternatives),
                regionCode,
                regionNames.get(regionCode),
                blankToNull(row.get("ons_la_type")),
                blankToNull(row.get("domain")),
                parseList(row.get("stat_neighbours")));
    }

    /** Splits "[BCP, Bournemouth, Christchurch & Poole]" or "302, 330" into its items. */
    static List<String> parseList(String value) {
        String inner = value.strip();
        if (inner.startsWith("[") && inner.endsWith("]")) {
            inner = inner.substring(1, inner.length() - 1);
        }
        if (inner.isBlank()) {
            return List.of();
        }
        return Arrays.stream(LIST_SEPARATOR.split(inner.strip())).filter(s -> !s.isBlank()).toList();
    }

    /**
     * The table separates names with commas, but a name may hold one ("[BCP, Bournemouth, Christchurch &amp; Poole]"):
     * consecutive items that together spell the authority's own name are joined again, so that a fragment such as
     * "Bournemouth", the name of a predecessor, never becomes a name of its successor.
     */
    static List<String> rejoinNames(List<String> items, String ownName) {
        String ownKey = AuthorityName.key(ownName);
        List<String> names = new ArrayList<>();
        int i = 0;
        while (i < items.size()) {
            int end = i;
            for (int j = items.size() - 1; j > i; j--) {
                if (AuthorityName.key(String.join(", ", items.subList(i, j + 1))).equals(ownKey)) {
                    end = j;
                    break;
                }
            }
            names.add(String.join(", ", items.subList(i, end + 1)));
            i = end + 1;
        }
        return names;
    }

    private static String field(CSVRecord row, String column, String source) {
        String value = row.isMapped(column) ? row.get(column).strip() : "";
        if (value.isEmpty()) {
            throw new IllegalArgumentException(source + " line " + row.getRecordNumber() + ": no " + column);
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
