package org.ofstedkg.loader.classify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ofstedkg.loader.SharedMaterial;

/**
 * Compares the standard classifier with the hand-annotated sentences of the shared gold: the dev sentences, and the
 * seeds' sample findings and improvement items (all weaknesses). Prints the figures; set
 * {@code -Dclassifier.disagreements=true} to print every disagreement as well.
 *
 * <p>The targets on the dev sentences are polarity accuracy at least 0.85 and theme micro-F1 at least 0.75.
 * The assertions hold the figures reached, rounded down, so that a change that makes them worse fails.
 */
class ClassifierAccuracyTest {

    private static final boolean SHOW = Boolean.getBoolean("classifier.disagreements");
    private final StatementClassifier classifier = RuleClassifier.standard();

    @Test
    void devSentencesReachThePolarityAndThemeFigures() throws IOException {
        Path dev = SharedMaterial.require("gold/sentences-dev.jsonl");
        ClassificationScore score = new ClassificationScore();
        for (String line : Files.readAllLines(dev, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonObject gold = JsonParser.parseString(line).getAsJsonObject();
            score.add(gold.get("text").getAsString(), gold.get("polarity").getAsString(), ids(gold),
                    classifier.classify(gold.get("text").getAsString(), text(gold, "section")));
        }
        print("dev", score);
        assertTrue(score.polarityAccuracy() >= 0.85, score.report("dev"));
        assertTrue(score.themeF1() >= 0.76, score.report("dev"));
    }

    @Test
    void seedFindingsAndImprovementItemsReachTheirFigures() throws IOException {
        Path seeds = SharedMaterial.require("gold/seeds.json");
        JsonArray documents = JsonParser.parseString(Files.readString(seeds, StandardCharsets.UTF_8)).getAsJsonArray();
        ClassificationScore findings = new ClassificationScore();
        ClassificationScore items = new ClassificationScore();
        for (JsonElement element : documents) {
            JsonObject document = element.getAsJsonObject();
            for (JsonElement f : document.getAsJsonArray("sample_findings")) {
                JsonObject finding = f.getAsJsonObject();
                String text = finding.get("text").getAsString();
                findings.add(text, finding.get("polarity").getAsString(), ids(finding),
                        classifier.classify(text, text(finding, "section")));
            }
            for (JsonElement i : document.getAsJsonArray("improvement_items")) {
                JsonObject item = i.getAsJsonObject();
                String text = item.get("text").getAsString();
                items.add(text, "weakness", ids(item), classifier.classify(text, text(item, "source_heading")));
            }
        }
        print("seed findings", findings);
        print("seed improvement items", items);
        assertTrue(findings.polarityAccuracy() >= 0.86, findings.report("seed findings"));
        assertTrue(findings.themeF1() >= 0.77, findings.report("seed findings"));
        assertTrue(items.polarityAccuracy() >= 1.00, items.report("seed improvement items"));
        assertTrue(items.themeF1() >= 0.79, items.report("seed improvement items"));
    }

    private static void print(String name, ClassificationScore score) {
        System.out.print(score.report(name));
        if (SHOW) {
            score.disagreements().forEach(d -> System.out.println(name + " | " + d));
        }
    }

    private static List<String> ids(JsonObject gold) {
        List<String> ids = new ArrayList<>();
        gold.getAsJsonArray("themes").forEach(t -> ids.add(t.getAsString()));
        return ids;
    }

    private static String text(JsonObject object, String member) {
        JsonElement value = object.get(member);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }
}
