package org.ofstedkg.loader.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ofstedkg.loader.SharedMaterial;
import org.ofstedkg.loader.read.SourceFile;
import org.ofstedkg.loader.report.PersonMention;
import org.ofstedkg.loader.report.ReportDocument;
import org.ofstedkg.loader.report.TeamMember;

/**
 * The real letter (seed 004) and council committee paper (seed 001) of ../shared/seeds, read by the standard
 * extraction with the bundled gazetteer, against the hand-checked facts of ../shared/gold/seeds.json.
 */
class LetterAndCommitteeSeedsTest {

    /** The seeds that are a letter and a committee paper, by their index in the gold. */
    private static final int[] SEEDS = {1, 4};
    /**
     * The gold names the 2010 letters' kind in full; the vocabulary's id for it is shorter. Every other gold kind is
     * the vocabulary's id.
     */
    private static final Map<String, String> GOLD_KIND = Map.of("annual-unannounced-contact-referral-assessment", "annual-unannounced");

    @Test
    void lettersAndPapersAgreeWithTheGoldOfTheSeeds() throws Exception {
        Path seeds = SharedMaterial.require("seeds");
        JsonArray gold = JsonParser.parseString(Files.readString(SharedMaterial.require("gold/seeds.json"),
                StandardCharsets.UTF_8)).getAsJsonArray();
        Extraction extraction = Extraction.standard();
        List<String> mistakes = new ArrayList<>();
        int total = 0;
        for (int index : SEEDS) {
            JsonObject entry = gold.get(index).getAsJsonObject();
            Path path = seeds.resolve(entry.get("file").getAsString());
            ReportDocument document = extraction.extract(SourceFile.read(path), TestTexts.read(path));
            JsonObject facts = entry.getAsJsonObject("describes_inspection");
            String file = entry.get("file").getAsString();

            List<String[]> fields = new ArrayList<>(); // field, gold, extracted
            fields.add(new String[] {"document_kind", text(entry, "document_kind"), document.kind().id()});
            String goldKind = text(facts, "kind");
            fields.add(new String[] {"kind", GOLD_KIND.getOrDefault(goldKind, goldKind), document.inspection().kindId()});
            fields.add(new String[] {"authority_urn", text(facts.getAsJsonObject("authority"), "ofsted_urn"),
                document.inspection().authority().ofstedUrn()});
            fields.add(new String[] {"start_date", text(facts, "start_date"), string(document.inspection().startDate())});
            fields.add(new String[] {"end_date", text(facts, "end_date"), string(document.inspection().endDate())});
            fields.add(new String[] {"publication_date", text(facts, "publication_date"), string(document.inspection().publicationDate())});
            fields.add(new String[] {"document_date", text(entry.getAsJsonObject("document_date"), "date"), string(document.documentDate())});
            fields.add(new String[] {"lead_inspector", name(facts.get("lead_inspector")),
                Objects.toString(document.inspection().leadInspector() == null ? null : document.inspection().leadInspector().name(), null)});
            if (facts.has("signatory")) {
                fields.add(new String[] {"signatory", name(facts.get("signatory")), document.inspection().team().stream()
                    .filter(m -> m.roleId().equals("signatory")).map(TeamMember::name).findFirst().orElse(null)});
            }
            List<String> goldJudgements = new ArrayList<>();
            facts.getAsJsonArray("judgements").forEach(j -> goldJudgements.add(
                    text(j.getAsJsonObject(), "area_id") + "/" + text(j.getAsJsonObject(), "grade_id")));
            List<String> judgements = document.inspection().judgements().stream().map(j -> j.areaId() + "/" + j.gradeId()).toList();
            for (int j = 0; j < Math.max(goldJudgements.size(), judgements.size()); j++) {
                fields.add(new String[] {"judgement " + (j + 1), j < goldJudgements.size() ? goldJudgements.get(j) : null,
                    j < judgements.size() ? judgements.get(j) : null});
            }
            TreeSet<String> goldPeople = new TreeSet<>();
            entry.getAsJsonArray("people_other_than_inspectors").forEach(p -> goldPeople.add(text(p.getAsJsonObject(), "name")));
            fields.add(new String[] {"people", goldPeople.toString(),
                new TreeSet<>(document.people().stream().map(PersonMention::name).toList()).toString()});

            for (String[] field : fields) {
                total++;
                if (!Objects.equals(field[1], field[2])) {
                    mistakes.add(file + " " + field[0] + ": '" + field[2] + "', gold '" + field[1] + "'");
                }
            }
        }
        System.out.println("seeds 001 (committee paper) and 004 (letter): " + (total - mistakes.size()) + "/" + total
                + " fields correct");
        assertEquals(List.of(), mistakes);
    }

    private static String text(JsonObject object, String member) {
        JsonElement element = object == null ? null : object.get(member);
        return element == null || element.isJsonNull() ? null : element.getAsString();
    }

    private static String name(JsonElement person) {
        return person == null || person.isJsonNull() ? null : text(person.getAsJsonObject(), "name");
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
