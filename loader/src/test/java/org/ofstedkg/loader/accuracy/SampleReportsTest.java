package org.ofstedkg.loader.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ofstedkg.loader.extract.Extraction;
import org.ofstedkg.loader.gazetteer.Gazetteer;
import org.ofstedkg.loader.read.ReaderChoice;
import org.ofstedkg.loader.read.SourceFile;
import org.ofstedkg.loader.report.InspectionFacts;
import org.ofstedkg.loader.report.ReportDocument;
import org.ofstedkg.ontology.OntologyResources;

/**
 * Golden tests by naming convention: every sample report {@code samples/reports/X.*} is read and extracted, and
 * its facts must equal {@code samples/expected/X.expected.json}. The samples are the project's own invented
 * reports about fictional authorities, in Ofsted's real layouts.
 */
class SampleReportsTest {

    private static final Path SAMPLES = Path.of("..", "samples");
    private static final Extraction EXTRACTION = Extraction.standard(fictionalGazetteer());

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES.resolve("reports"))) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void extractsTheExpectedFactsOfEverySample(Path sample) throws Exception {
        String base = sample.getFileName().toString().replaceFirst("\\.[a-z]+$", "");
        JsonObject expected = JsonParser.parseString(
                Files.readString(SAMPLES.resolve("expected").resolve(base + ".expected.json"))).getAsJsonObject();
        SourceFile file = SourceFile.read(sample);
        ReportDocument document = EXTRACTION.extract(file, ReaderChoice.standard().read(file));
        InspectionFacts facts = document.inspection();
        assertEquals(facts(expected), actual(document, facts));
    }

    private static TreeMap<String, Object> facts(JsonObject expected) {
        TreeMap<String, Object> facts = new TreeMap<>();
        facts.put("document kind", string(expected, "document_kind"));
        facts.put("inspection kind", string(expected, "inspection_kind"));
        facts.put("authority", string(expected, "authority_urn"));
        facts.put("start", string(expected, "start_date"));
        facts.put("end", string(expected, "end_date"));
        facts.put("published", string(expected, "publication_date"));
        facts.put("lead inspector", string(expected, "lead_inspector"));
        facts.put("signatory", string(expected, "signatory"));
        List<String> judgements = new ArrayList<>();
        for (JsonElement judgement : expected.getAsJsonArray("judgements")) {
            JsonObject j = judgement.getAsJsonObject();
            judgements.add(j.get("area_id").getAsString() + "=" + j.get("grade_id").getAsString());
        }
        judgements.sort(null);
        facts.put("judgements", judgements);
        return facts;
    }

    private static TreeMap<String, Object> actual(ReportDocument document, InspectionFacts facts) {
        TreeMap<String, Object> actual = new TreeMap<>();
        actual.put("document kind", document.kind().id());
        actual.put("inspection kind", facts.kindId());
        actual.put("authority", facts.authority().ofstedUrn());
        actual.put("start", Objects.toString(facts.startDate(), null));
        actual.put("end", Objects.toString(facts.endDate(), null));
        actual.put("published", Objects.toString(facts.publicationDate(), null));
        actual.put("lead inspector", facts.leadInspector() == null ? null : facts.leadInspector().name());
        actual.put("signatory", facts.team().stream().filter(m -> m.roleId().equals("signatory")).map(m -> m.name())
                .findFirst().orElse(null));
        actual.put("judgements", facts.judgements().stream().map(j -> j.areaId() + "=" + j.gradeId()).sorted().toList());
        return actual;
    }

    private static String string(JsonObject object, String key) {
        JsonElement value = object.get(key);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    /** The bundled authorities and the samples' two fictional ones. */
    static Gazetteer fictionalGazetteer() {
        Model authorities = OntologyResources.authorities();
        RDFDataMgr.read(authorities, SAMPLES.resolve("fictional-authorities.ttl").toString());
        return Gazetteer.of(authorities);
    }
}
