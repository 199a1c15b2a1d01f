package org.ofstedkg.loader.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ofstedkg.loader.SharedMaterial;
import org.ofstedkg.loader.read.ReaderChoice;
import org.ofstedkg.loader.read.SourceFile;
import org.ofstedkg.loader.report.DocumentKind;
import org.ofstedkg.loader.report.Finding;
import org.ofstedkg.loader.report.Statements;
import org.ofstedkg.loader.structure.DocumentStructure;
import org.ofstedkg.loader.structure.Sections;
import org.ofstedkg.loader.structure.StructureReader;
import org.ofstedkg.loader.text.ReportText;

/**
 * The improvement items and listed strengths of the five seeds against their gold: the count per document exactly,
 * and every text, printed number and citation. Prints the figures per document.
 */
class StatementSeedsTest {

    @Test
    void listsTheGoldItemsOfEverySeed() throws Exception {
        Path seeds = SharedMaterial.require("seeds");
        JsonArray gold = JsonParser.parseString(Files.readString(SharedMaterial.require("gold/seeds.json"))).getAsJsonArray();
        List<String> wrong = new ArrayList<>();
        int citedRight = 0;
        int cited = 0;
        for (var element : gold) {
            JsonObject expected = element.getAsJsonObject();
            String file = expected.get("file").getAsString();
            DocumentKind kind = DocumentKind.valueOf(expected.get("document_kind").getAsString().toUpperCase().replace('-', '_'));
            ReportText text = ReaderChoice.standard().read(SourceFile.read(seeds.resolve(file)));
            DocumentStructure structure = StructureReader.read(text);
            Statements statements = StatementExtraction.read(text, structure, kind, Sections.of(structure, null));
            List<ListedItemsGold.Item> items = statements.improvementItems().stream()
                    .map(i -> new ListedItemsGold.Item(ListedItemsGold.comparable(i.text()), i.number(), i.citedParagraphs())).toList();
            List<ListedItemsGold.Item> strengths = statements.strengths().stream()
                    .map(i -> new ListedItemsGold.Item(ListedItemsGold.comparable(i.text()), i.number(), i.citedParagraphs())).toList();
            List<ListedItemsGold.Item> goldItems = ListedItemsGold.of(expected, "improvement_items");
            List<ListedItemsGold.Item> goldStrengths = ListedItemsGold.of(expected, "strength_items");
            int right = 0;
            for (int i = 0; i < Math.min(items.size(), goldItems.size()); i++) {
                if (!goldItems.get(i).cited().isEmpty()) {
                    cited++;
                    if (goldItems.get(i).cited().equals(items.get(i).cited())) {
                        right++;
                    }
                }
            }
            citedRight += right;
            System.out.printf("statements %s: improvement items %d/%d, strengths %d/%d, items citing paragraphs right %d,"
                    + " findings %d%n", file, items.size(), goldItems.size(), strengths.size(), goldStrengths.size(), right,
                    statements.findings().size());
            if (!items.equals(goldItems)) {
                wrong.add(file + " improvement items");
            }
            if (!strengths.equals(goldStrengths)) {
                wrong.add(file + " strengths");
            }
            assertFindingsPointIntoTheText(text, statements.findings());
        }
        System.out.printf("statements: seed items citing paragraphs with the gold's citations: %d of %d%n", citedRight, cited);
        assertEquals(List.of(), wrong);
        assertEquals(cited, citedRight);
    }

    /** A finding on one line is exactly its span; one over several lines is its span with the lines joined. */
    static void assertFindingsPointIntoTheText(ReportText text, List<Finding> findings) {
        for (Finding finding : findings) {
            String span = text.text().substring(finding.start(), finding.end());
            if (span.indexOf('\n') < 0) {
                assertEquals(finding.text(), span);
            } else {
                assertEquals(finding.text().replace(" ", ""), span.replaceAll("\\s+", ""));
            }
        }
    }
}
