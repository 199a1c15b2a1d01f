package org.ofstedkg.loader.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.ofstedkg.loader.SharedMaterial;
import org.ofstedkg.ontology.OntologyResources;

/** Checks the gazetteer against the shared reference table, the corpus manifest and the gold facts. */
class GazetteerCorpusTest {

    private final Gazetteer gazetteer = Gazetteer.bundled();

    @Test
    void bundledGazetteerIsWhatTheGeneratorMakesFromTheLookupTable() throws IOException {
        Path lookup = SharedMaterial.require("reference/la-lookup.csv");
        Model generated = GazetteerGraph.build(LookupTable.read(lookup), Reorganisation.known());
        assertTrue(generated.isIsomorphicWith(OntologyResources.authorities()),
                "ontology/authorities.ttl is stale: run ./kg gazetteer");
    }

    @Test
    void everyAuthorityOfTheLookupTableHasItsIdentifiers() throws IOException {
        List<Authority> table = LookupTable.read(SharedMaterial.require("reference/la-lookup.csv"));
        assertEquals(156, table.size());
        for (Authority row : table) {
            Authority found = gazetteer.byUrn(row.ofstedUrn()).orElseThrow(() -> new AssertionError(row.name()));
            assertEquals(row.dfeCode(), found.dfeCode(), row.name());
            assertEquals(row.gssCode(), found.gssCode(), row.name());
            assertEquals(Optional.of(row.ofstedUrn()), gazetteer.resolve(row.name()).map(Authority::ofstedUrn));
        }
    }

    @Test
    void resolvesEveryAuthorityNamedInTheCorpusManifest() throws IOException {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (CSVRecord row : csv(SharedMaterial.require("corpus/manifest.csv"))) {
            String name = row.get("authority_slug").replace('-', ' ');
            Optional<String> urn = gazetteer.resolve(name).map(Authority::ofstedUrn);
            checked++;
            if (!urn.equals(Optional.of(row.get("ofsted_urn")))) {
                wrong.add(row.get("file") + ": '" + name + "' resolved to " + urn.orElse("nothing"));
            }
        }
        System.out.printf("gazetteer: %d of %d manifest names resolve to the manifest's URN%n", checked - wrong.size(), checked);
        assertEquals(List.of(), wrong);
    }

    @Test
    void resolvesEveryAuthorityNameAsPrintedOnTheFirstPageOfTheCorpusReports() throws IOException {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (CSVRecord row : csv(SharedMaterial.require("gold/corpus-facts.csv"))) {
            String printed = row.get("authority_name");
            if (printed.isBlank()) {
                continue;
            }
            checked++;
            Optional<String> urn = gazetteer.resolve(printed).map(Authority::ofstedUrn);
            if (!urn.equals(Optional.of(row.get("authority_urn")))) {
                wrong.add(row.get("file") + ": '" + printed + "' resolved to " + urn.orElse("nothing"));
            }
        }
        System.out.printf("gazetteer: %d of %d printed names resolve to the gold URN%n", checked - wrong.size(), checked);
        assertEquals(List.of(), wrong);
        assertTrue(checked >= 250, "expected the gold to name the authority of every report, got " + checked);
    }

    @Test
    void resolvesTheAuthorityNamesPrintedInTheSeeds() throws IOException {
        JsonArray seeds;
        try (Reader reader = Files.newBufferedReader(SharedMaterial.require("gold/seeds.json"), StandardCharsets.UTF_8)) {
            seeds = JsonParser.parseReader(reader).getAsJsonArray();
        }
        for (JsonElement seed : seeds) {
            JsonObject authority = seed.getAsJsonObject().getAsJsonObject("describes_inspection").getAsJsonObject("authority");
            String printed = authority.get("name_as_printed").getAsString();
            assertEquals(Optional.of(authority.get("ofsted_urn").getAsString()),
                    gazetteer.resolve(printed).map(Authority::ofstedUrn), printed);
        }
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
