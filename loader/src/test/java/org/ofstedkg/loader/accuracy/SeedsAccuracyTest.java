package org.ofstedkg.loader.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.ofstedkg.loader.SharedMaterial;
import org.ofstedkg.loader.extract.Extraction;
import org.ofstedkg.loader.read.ReaderChoice;
import org.ofstedkg.loader.read.SourceFile;
import org.ofstedkg.loader.report.InspectionFacts;
import org.ofstedkg.loader.report.ReportDocument;

/** Compares what the loader extracts from each of the five seed documents with their hand-checked gold facts. */
class SeedsAccuracyTest {

    @Test
    void everyStatedFactOfTheSeedsIsExtractedExactly() throws Exception {
        JsonArray gold = JsonParser.parseString(Files.readString(SharedMaterial.require("gold/seeds.json"))).getAsJsonArray();
        Path seeds = SharedMaterial.require("seeds");
        Extraction extraction = Extraction.standard();
        FieldScore score = new FieldScore();
        for (JsonElement element : gold) {
            JsonObject seed = element.getAsJsonObject();
            String name = seed.get("file").getAsString();
            JsonObject inspection = seed.getAsJsonObject("describes_inspection");
            SourceFile file = SourceFile.read(seeds.resolve(name));
            ReportDocument document = extraction.extract(file, ReaderChoice.standard().read(file));
            InspectionFacts facts = document.inspection();
            score.score("document kind", name, seed.get("document_kind").getAsString(), document.kind().id());
            score.score("document date", name, nested(seed, "document_date", "date"), Objects.toString(document.documentDate(), null));
            score.score("kind", name, goldKind(inspection, facts), facts.kindId());
            score.score("authority", name, inspection.getAsJsonObject("authority").get("ofsted_urn").getAsString(),
                    facts.authority().ofstedUrn());
            score.score("start", name, string(inspection, "start_date"), Objects.toString(facts.startDate(), null));
            score.score("end", name, string(inspection, "end_date"), Objects.toString(facts.endDate(), null));
            score.score("publication", name, string(inspection, "publication_date"), Objects.toString(facts.publicationDate(), null));
            score.score("lead inspector", name, nested(inspection, "lead_inspector", "name"),
                    facts.leadInspector() == null ? null : facts.leadInspector().name());
            List<String> judgements = new ArrayList<>();
            inspection.getAsJsonArray("judgements").forEach(j -> judgements.add(
                    j.getAsJsonObject().get("area_id").getAsString() + "=" + j.getAsJsonObject().get("grade_id").getAsString()));
            judgements.sort(null);
            score.score("judgements", name, judgements.isEmpty() ? null : String.join(" ", judgements),
                    facts.judgements().isEmpty() ? null : String.join(" ",
                            facts.judgements().stream().map(j -> j.areaId() + "=" + j.gradeId()).sorted().toList()));
        }
        System.out.print("seeds:\n" + score.report());
        assertEquals(0, score.wrong(), "wrong facts");
        assertEquals(0, score.missing(), "stated facts not extracted");
    }

    /**
     * The gold's kind, in the vocabulary's names. Where the gold rests the ILACS kind on facts outside the text (an
     * OCR copy without its dates), the text itself only tells that it is an ILACS report: 'ilacs'.
     */
    private static String goldKind(JsonObject inspection, InspectionFacts facts) {
        String kind = inspection.get("kind").getAsString();
        if (kind.startsWith("annual-unannounced")) {
            return "annual-unannounced";
        }
        if (kind.startsWith("ilacs") && string(inspection, "start_date") == null
                && inspection.get("kind_basis").getAsString().contains("outside the text")) {
            return "ilacs";
        }
        return kind;
    }

    private static String string(JsonObject object, String key) {
        JsonElement value = object.get(key);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    private static String nested(JsonObject object, String key, String inner) {
        JsonElement value = object.get(key);
        return value == null || value.isJsonNull() ? null : string(value.getAsJsonObject(), inner);
    }
}
