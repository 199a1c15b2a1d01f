package org.ofstedkg.loader.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ofstedkg.loader.SharedMaterial;
import org.ofstedkg.loader.read.ReaderChoice;
import org.ofstedkg.loader.read.SourceFile;

/** The numbered paragraphs of the seeds, as their gold counts them, and of every corpus report. */
class StructureSeedsTest {

    @org.junit.jupiter.api.Test
    void almostEveryCorpusReportNumbersItsParagraphsInOneRunFromOne() throws Exception {
        Path corpus = SharedMaterial.require("corpus");
        int whole = 0;
        int reports = 0;
        List<String> others = new java.util.ArrayList<>();
        ReaderChoice readers = ReaderChoice.standard();
        for (Path file : org.ofstedkg.loader.Loader.files(List.of(corpus))) {
            SourceFile source = SourceFile.read(file);
            org.ofstedkg.loader.text.ReportText text;
            try {
                text = readers.read(source);
            } catch (org.ofstedkg.loader.read.UnreadableDocumentException e) {
                continue;
            }
            reports++;
            List<Block> numbered = StructureReader.read(text).numberedParagraphs();
            boolean run = numbered.size() >= 20 && numbered.get(0).number().equals("1")
                    && Integer.parseInt(numbered.get(numbered.size() - 1).number()) - numbered.size() <= 2;
            if (run) {
                whole++;
            } else {
                others.add(file.getFileName() + " (" + numbered.size() + " numbered)");
            }
        }
        System.out.printf("structure: %d of %d corpus reports number their paragraphs in one run from 1; not: %s%n",
                whole, reports, others);
        assertEquals(258, reports);
        // Two 2014 reports print their findings without paragraph numbers; their table rows are not paragraphs.
        assertEquals(256, whole);
        assertEquals(List.of("80460_derbyshire_2014-02-11.pdf (0 numbered)", "80501_hillingdon_2014-02-11.pdf (0 numbered)"), others);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "000_ee6bae430e431dc2.txt|54|1|54",
        "002_3181feea73215983.txt|177|1|177",
        "003_4d679c71314c0232.txt|4|1|4",
        "004_ea5071c6fb35de9d.txt|0||",
        // The gold counts 47: the paper prints '5.9.5' twice, and only one of the two can stand in a run of numbers.
        "001_7bd2fd931dec2c5b.txt|46|1.1|10.1",
    })
    void findsTheNumberedParagraphsTheGoldCounts(String seed, int count, String first, String last) throws Exception {
        Path file = SharedMaterial.require("seeds").resolve(seed);
        SourceFile source = SourceFile.read(file);
        DocumentStructure structure = StructureReader.read(ReaderChoice.standard().read(source));
        List<Block> numbered = structure.numberedParagraphs();
        assertEquals(count, numbered.size());
        if (count > 0) {
            assertEquals(first, numbered.get(0).number());
            assertEquals(last, numbered.get(numbered.size() - 1).number());
        }
    }
}
