package org.ofstedkg.loader.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A reorganisation of local government that ended authorities and created others, so that an authority's history
 * can be followed across it (Cumbria's into Cumberland's and Westmorland and Furness's, say). The known
 * reorganisations are data, in {@code reorganisations.csv} beside this class.
 *
 * @param name a short name for the IRI ({@code cumbria-2023})
 * @param date the day the new authorities took over
 * @param originalUrns Ofsted URNs of the authorities that ended
 * @param resultingUrns Ofsted URNs of the authorities that replaced them
 * @param description what happened, in a sentence
 */
public record Reorganisation(
        String name, LocalDate date, List<String> originalUrns, List<String> resultingUrns, String description) {

    public Reorganisation {
        originalUrns = List.copyOf(originalUrns);
        resultingUrns = List.copyOf(resultingUrns);
    }

    /** The reorganisations the project knows, from its bundled table. */
    public static List<Reorganisation> known() {
        try (InputStream in = Reorganisation.class.getResourceAsStream("reorganisations.csv")) {
            if (in == null) {
                throw new IllegalStateException("reorganisations.csv is missing from the class path");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("reorganisations.csv cannot be read", e);
        }
    }

    static List<Reorganisation> read(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader().setSkipHeaderRecord(true).setCommentMarker('#').setIgnoreSurroundingSpaces(true).get();
        List<Reorganisation> result = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord row : parser) {
                result.add(new Reorganisation(
                        row.get("name"),
                        LocalDate.parse(row.get("date")),
                        List.of(row.get("original_urns").split("\\|")),
                        List.of(row.get("resulting_urns").split("\\|")),
                        row.get("description")));
            }
        }
        return result;
    }
}
