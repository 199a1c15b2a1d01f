package org.ofstedkg.loader.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ofstedkg.loader.read.SourceFile;
import org.ofstedkg.loader.report.ReportDocument;

class ExtractionRoutingTest {

    private final Extraction extraction = Extraction.standard(Samples.gazetteer());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "felpersham-letter-2010.txt, LetterExtractor",
        "borsetshire-focused-visit-2021.html, LetterExtractor",
        "borsetshire-monitoring-visit-2022.txt, LetterExtractor",
        "borsetshire-jtai-2023.txt, LetterExtractor",
        "borsetshire-lscb-review-2016.txt, LscbReviewExtractor",
        "felpersham-committee-2020.md, CommitteeReportExtractor",
        "borsetshire-sif-2015.txt, SifReportExtractor",
        "borsetshire-ilacs-2019.md, IlacsReportExtractor",
        "borsetshire-ilacs-2020-ocr.txt, IlacsReportExtractor",
        "borsetshire-ilacs-2024.txt, IlacsReportExtractor",
    })
    void routesEachSampleToTheExtractorForItsKind(String fileName, String extractor) throws Exception {
        Path path = Samples.report(fileName);

        assertEquals(extractor, extraction.extractorFor(SourceFile.read(path), TestTexts.read(path)).getClass().getSimpleName());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "felpersham-letter-2010.txt", "borsetshire-focused-visit-2021.html", "borsetshire-monitoring-visit-2022.txt",
        "borsetshire-jtai-2023.txt", "borsetshire-lscb-review-2016.txt", "felpersham-committee-2020.md",
    })
    void extractsEachLetterPaperAndReviewAsTheDocumentAndInspectionKindItIs(String fileName) throws Exception {
        Path path = Samples.report(fileName);
        JsonObject expected = Samples.expected(fileName.substring(0, fileName.lastIndexOf('.')));

        ReportDocument document = extraction.extract(SourceFile.read(path), TestTexts.read(path));

        assertEquals(Samples.string(expected, "document_kind"), document.kind().id());
        assertEquals(Samples.string(expected, "inspection_kind"), document.inspection().kindId());
        assertEquals(Samples.string(expected, "authority_urn"), document.inspection().authority().ofstedUrn());
    }

    @Test
    void refusesTextOfNoKnownKind() {
        Path path = Samples.bad("shopping-list.txt");

        assertThrows(NotAReportException.class, () -> extraction.extractorFor(SourceFile.read(path), TestTexts.read(path)));
    }
}
