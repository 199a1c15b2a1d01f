package org.ofstedkg.loader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.loader.DocumentOutcome;
import org.ofstedkg.loader.Loader;
import org.ofstedkg.loader.SharedMaterial;

/**
 * Documents that describe one inspection meet on one inspection node, whatever order they are loaded in, and a
 * file loaded twice replaces its own graph.
 */
class InspectionMeetingTest {

    @TempDir
    Path temp;

    private DocumentOutcome[] loadPair(String seed, String corpusFile, boolean seedFirst) throws Exception {
        Path seeds = SharedMaterial.require("seeds");
        Path corpus = SharedMaterial.require("corpus");
        try (KnowledgeGraphStore store = KnowledgeGraphStore.openOrCreate(temp.resolve(seed + seedFirst))) {
            Loader loader = Loader.standard(store);
            Path first = seedFirst ? seeds.resolve(seed) : corpus.resolve(corpusFile);
            Path second = seedFirst ? corpus.resolve(corpusFile) : seeds.resolve(seed);
            return new DocumentOutcome[] {loader.load(first), loader.load(second)};
        }
    }

    @Test
    void theCleanTextOfAReportAndItsPdfMeetOnOneInspection() throws Exception {
        for (boolean seedFirst : new boolean[] {true, false}) {
            DocumentOutcome[] pair = loadPair("000_ee6bae430e431dc2.txt", "80448_cheshire-west-and-chester_2024-08-28.pdf", seedFirst);
            assertEquals("https://w3id.org/ofsted-kg/id/inspection/80448/ilacs/2024-07-19", pair[0].inspectionIri());
            assertEquals(pair[0].inspectionIri(), pair[1].inspectionIri());
        }
    }

    @Test
    void aSifReportAsTextAndAsPdfMeetOnOneInspection() throws Exception {
        DocumentOutcome[] pair = loadPair("002_3181feea73215983.txt", "80447_cheshire-east_2015-09-15.pdf", true);
        assertEquals("https://w3id.org/ofsted-kg/id/inspection/80447/sif/2015-07-30", pair[0].inspectionIri());
        assertEquals(pair[0].inspectionIri(), pair[1].inspectionIri());
    }

    @Test
    void aCouncilPaperAndOfstedsReportMeetThoughTheyDisagreeOnTheFirstDay() throws Exception {
        for (boolean seedFirst : new boolean[] {true, false}) {
            DocumentOutcome[] pair = loadPair("001_7bd2fd931dec2c5b.txt", "80447_cheshire-east_2020-01-09.pdf", seedFirst);
            assertEquals("https://w3id.org/ofsted-kg/id/inspection/80447/ilacs/2019-11-29", pair[0].inspectionIri());
            assertEquals(pair[0].inspectionIri(), pair[1].inspectionIri());
        }
    }

    @Test
    void anUndatedOcrCopyIsRecognisedAsACopyOfTheLoadedReport() throws Exception {
        DocumentOutcome[] pair = loadPair("003_4d679c71314c0232.txt", "80471_halton_2020-04-15.pdf", false);
        assertEquals("https://w3id.org/ofsted-kg/id/inspection/80471/ilacs/2020-03-13", pair[0].inspectionIri());
        assertEquals(pair[0].inspectionIri(), pair[1].inspectionIri());
        assertTrue(pair[1].identity().startsWith("no dates; a near copy of https://w3id.org/ofsted-kg/id/document/"),
                pair[1].identity());
    }

    @Test
    void loadingTheSameFileAgainReplacesItsGraphWithoutChangingTheQuadCount() throws Exception {
        Path seed = SharedMaterial.require("seeds").resolve("000_ee6bae430e431dc2.txt");
        try (KnowledgeGraphStore store = KnowledgeGraphStore.openOrCreate(temp.resolve("again"))) {
            Loader loader = Loader.standard(store);
            loader.load(seed);
            long once = store.quadCount();
            DocumentOutcome again = loader.load(seed);
            assertTrue(again.loaded());
            assertEquals(once, store.quadCount());
        }
    }
}
