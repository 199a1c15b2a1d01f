package org.ofstedkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.queries.QueryCatalogue;

/** A bench run over the fictional samples, at scales 1 and 2, a second per throughput level: what it reports. */
class BenchRunTest {

    private static final Path SAMPLES = Path.of("..", "samples");

    @Test
    void aRunOverTheSamplesReportsEveryFigureInItsJson(@TempDir Path work) throws Exception {
        BenchSettings settings = new BenchSettings(SAMPLES.resolve("reports"), SAMPLES.resolve("fictional-authorities.ttl"),
                List.of(1, 2), 1, 2, List.of("-Xmx512m"), work, 0, 1, 3, List.of(1, 2), Duration.ofSeconds(1));
        List<String> progress = new ArrayList<>();
        BenchReport report = Bench.run(settings, progress::add);
        JsonObject json = report.toJson();

        assertEquals(Set.of("date", "machine", "settings", "load", "scales", "queries"), json.keys());
        JsonObject floor = json.get("load").getAsObject().get("floor").getAsArray().get(0).getAsObject();
        assertEquals(3, floor.get("documents").getAsNumber().value().intValue(), "the samples' three PDFs");
        assertEquals(10, floor.get("unreadable").getAsNumber().value().intValue(), "the samples' other formats");
        assertTrue(floor.get("processorSeconds").getAsNumber().value().doubleValue() > 0, "the floor's CPU time was read");

        JsonObject load = json.get("load").getAsObject().get("runs").getAsArray().get(0).getAsObject();
        assertEquals(13, load.get("documentsLoaded").getAsNumber().value().intValue());
        assertEquals(0, load.get("documentsRejected").getAsNumber().value().intValue());
        assertTrue(load.get("peakResidentBytes").getAsNumber().value().longValue() > 0, "the child's VmHWM was read");
        long anonymous = load.get("peakAnonymousBytes").getAsNumber().value().longValue();
        assertTrue(anonymous > 0, "the child's RssAnon was polled");
        assertTrue(anonymous <= load.get("peakResidentBytes").getAsNumber().value().longValue(),
                "anonymous memory is part of the resident set");
        assertTrue(load.get("processorSeconds").getAsNumber().value().doubleValue() > 0, "the child's CPU time was read");
        assertEquals(Set.of("floor", "runs", "loadOverFloor", "loadOverFloorProcessor"), json.get("load").getAsObject().keys());

        JsonArray scales = json.get("scales").getAsArray();
        assertEquals(2, scales.size());
        JsonObject one = scales.get(0).getAsObject();
        JsonObject two = scales.get(1).getAsObject();
        assertEquals(26, two.get("documentsLoaded").getAsNumber().value().intValue(), "each replica's files load as new documents");
        // A replica writes as many quads as its original, but for the undated OCR copy: the identity rule finds it
        // nearly copies a loaded document (its original) and records that, in one more quad (prov:alternateOf).
        assertEquals(2 * one.get("quadsWritten").getAsNumber().value().longValue() + 1,
                two.get("quadsWritten").getAsNumber().value().longValue());

        JsonObject queries = json.get("queries").getAsObject();
        JsonArray latency = queries.get("latency").getAsArray();
        // Every saved query is measured: a required parameter without a default takes values drawn from the data.
        assertEquals(List.of(), queries.get("skipped").getAsArray().stream().map(n -> n.getAsString().value()).toList());
        List<String> measured = latency.stream().map(row -> row.getAsObject().get("name").getAsString().value()).toList();
        List<String> expected = new ArrayList<>(List.of(QueryRequest.ASK_FLOOR));
        expected.addAll(QueryCatalogue.bundled().names());
        assertEquals(expected, measured, "ASK {} and every saved query, in the catalogue's order");
        System.out.println(String.join("\n", report.table()));
        // The values come from the samples: their two authorities, most inspections first; the themes most often
        // weak; the inspector named in the most inspections; the most frequent long words of the findings.
        assertEquals(List.of("Borsetshire", "Felpersham"), valuesTaken(latency, "weakness-heatmap", "authority"));
        assertEquals(List.of("Borsetshire", "Felpersham"), valuesTaken(latency, "neighbour-weaknesses", "authority"));
        assertEquals(List.of("assessment", "care-leaver-accommodation", "placement-sufficiency", "planning",
                "supervision", "drift-and-delay", "management-oversight", "private-fostering", "recording",
                "direct-work"), valuesTaken(latency, "theme-trend", "theme"));
        assertEquals(valuesTaken(latency, "theme-trend", "theme"), valuesTaken(latency, "strengths-to-learn-from", "theme"));
        assertEquals("Tom Okafor", valuesTaken(latency, "inspector-portfolio", "inspector").get(0));
        assertEquals(10, valuesTaken(latency, "inspector-portfolio", "inspector").size());
        assertEquals(List.of("children", "leavers", "services", "workers", "managers", "service", "arrangements",
                "quality", "assessments", "leaders"), valuesTaken(latency, "search-findings", "text"));
        assertEquals(10, valuesTaken(latency, "provenance", "inspection").size());
        assertEquals(List.of("2"), valuesTaken(latency, "recurring-weaknesses", "minimum"), "a default is used as it is");
        for (var row : latency) {
            assertEquals(0, row.getAsObject().get("errors").getAsNumber().value().intValue(), row.toString());
            assertEquals(3, row.getAsObject().get("runs").getAsNumber().value().intValue(), row.toString());
            assertTrue(row.getAsObject().hasKey("p95Millis"));
            // The first, computed run of each request is reported beside the warm ones, which the server may have kept.
            assertTrue(row.getAsObject().hasKey("firstMedianMillis"), row.toString());
            assertTrue(row.getAsObject().hasKey("firstMaxMillis"), row.toString());
            assertTrue(row.getAsObject().get("firstMedianMillis").getAsNumber().value().doubleValue()
                    <= row.getAsObject().get("firstMaxMillis").getAsNumber().value().doubleValue(), row.toString());
            String name = row.getAsObject().get("name").getAsString().value();
            assertEquals(name.equals("ASK {}") ? "/ds/sparql" : "/queries/" + name,
                    row.getAsObject().get("path").getAsString().value(), "the saved-query API is measured, asked nothing before");
            for (var request : row.getAsObject().get("requests").getAsArray()) {
                assertTrue(request.getAsObject().hasKey("firstMillis"), request.toString());
            }
        }
        JsonArray throughput = queries.get("throughput").getAsArray();
        assertEquals(2, throughput.size());
        for (var row : throughput) {
            assertEquals(0, row.getAsObject().get("errors").getAsNumber().value().intValue(), row.toString());
            assertTrue(row.getAsObject().get("requests").getAsNumber().value().longValue() > 0, row.toString());
        }
    }

    /** The values a parameter took in the requests of one query, in turn. */
    private static List<String> valuesTaken(JsonArray latency, String query, String parameter) {
        for (var row : latency) {
            if (row.getAsObject().get("name").getAsString().value().equals(query)) {
                return row.getAsObject().get("requests").getAsArray().stream()
                        .map(r -> r.getAsObject().get("parameters").getAsObject().get(parameter).getAsString().value())
                        .toList();
            }
        }
        throw new AssertionError(query + " was not measured");
    }
}
