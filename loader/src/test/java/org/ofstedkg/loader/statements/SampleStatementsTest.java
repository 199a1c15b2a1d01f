package org.ofstedkg.loader.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ofstedkg.loader.read.ReaderChoice;
import org.ofstedkg.loader.read.SourceFile;
import org.ofstedkg.loader.report.DocumentKind;
import org.ofstedkg.loader.report.Statements;
import org.ofstedkg.loader.structure.DocumentStructure;
import org.ofstedkg.loader.structure.Sections;
import org.ofstedkg.loader.structure.StructureReader;
import org.ofstedkg.loader.text.ReportText;

/**
 * Golden tests by naming convention: the improvement items and listed strengths of every sample report
 * {@code samples/reports/X.*} equal those of {@code samples/expected/X.expected.json}, and its findings point back
 * into its text.
 */
class SampleStatementsTest {

    private static final Path SAMPLES = Path.of("..", "samples");

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES.resolve("reports"))) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void listsTheExpectedItemsOfEverySample(Path sample) throws Exception {
        String base = sample.getFileName().toString().replaceFirst("\\.[a-z]+$", "");
        JsonObject expected = JsonParser.parseString(
                Files.readString(SAMPLES.resolve("expected").resolve(base + ".expected.json"))).getAsJsonObject();
        DocumentKind kind = DocumentKind.valueOf(expected.get("document_kind").getAsString().toUpperCase().replace('-', '_'));
        ReportText text = ReaderChoice.standard().read(SourceFile.read(sample));
        DocumentStructure structure = StructureReader.read(text);
        Statements statements = StatementExtraction.read(text, structure, kind, Sections.of(structure, null));
        assertEquals(ListedItemsGold.of(expected, "improvement_items"), statements.improvementItems().stream()
                .map(i -> new ListedItemsGold.Item(ListedItemsGold.comparable(i.text()), i.number(), i.citedParagraphs())).toList());
        assertEquals(ListedItemsGold.of(expected, "strength_items"), statements.strengths().stream()
                .map(i -> new ListedItemsGold.Item(ListedItemsGold.comparable(i.text()), i.number(), i.citedParagraphs())).toList());
        StatementSeedsTest.assertFindingsPointIntoTheText(text, statements.findings());
    }
}
