package org.ofstedkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadAndQueryCommandTest {

    private static final Path SAMPLES = Path.of("..", "samples");

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int kg(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Kg.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private String db() {
        return temp.resolve("db").toString();
    }

    @Test
    void loadingGoodDocumentsExitsZeroAndPrintsALinePerDocumentAndASummary() {
        assertEquals(0, kg("load", "--db", db(), "--gazetteer", SAMPLES.resolve("fictional-authorities.ttl").toString(),
                SAMPLES.resolve("reports/borsetshire-ilacs-2024.txt").toString(),
                SAMPLES.resolve("reports/borsetshire-sif-2015.txt").toString()), err.toString());
        String[] lines = out.toString().split("\n");
        assertTrue(lines[0].startsWith("loaded   " + SAMPLES.resolve("reports/borsetshire-ilacs-2024.txt")
                + ": inspection-report ilacs-standard, "), lines[0]);
        assertTrue(lines[1].startsWith("loaded   " + SAMPLES.resolve("reports/borsetshire-sif-2015.txt")
                + ": inspection-report sif, "), lines[1]);
        assertTrue(lines[2].startsWith("loaded 2 of 2 documents, "), lines[2]);
        assertEquals("     1  inspection-report / ilacs-standard", lines[3]);
        assertEquals("     1  inspection-report / sif", lines[4]);
    }

    @Test
    void aRejectedDocumentExitsOneAndTheOthersAreStillLoaded() {
        assertEquals(1, kg("load", "--db", db(), "--gazetteer", SAMPLES.resolve("fictional-authorities.ttl").toString(),
                SAMPLES.resolve("bad/not-a-report.pdf").toString(), SAMPLES.resolve("reports/borsetshire-ilacs-2024.txt").toString()));
        assertTrue(out.toString().contains("rejected not-a-report.pdf is an HTML page, not a PDF\n"), out.toString());
        assertTrue(out.toString().contains("loaded 1 of 2 documents"), out.toString());
        assertEquals(0, kg("query", "inspections", "--db", db(), "--format", "csv"));
        assertEquals(2, out.toString().split("\n").length, out.toString());
    }

    @Test
    void aDocumentOverTheSizeLimitIsRejectedByNameAndTheOthersLoad() {
        assertEquals(1, kg("load", "--db", db(), "--gazetteer", SAMPLES.resolve("fictional-authorities.ttl").toString(),
                "--max-document-bytes", "10000", "--max-document-seconds", "30",
                SAMPLES.resolve("reports/borsetshire-ilacs-2024.txt").toString(),
                SAMPLES.resolve("reports/borsetshire-jtai-2023.txt").toString()));
        assertTrue(out.toString().contains(
                "rejected borsetshire-ilacs-2024.txt is 13,516 bytes, over the limit of 10,000 bytes per document\n"),
                out.toString());
        assertTrue(out.toString().contains("loaded 1 of 2 documents"), out.toString());
        assertEquals(2, kg("load", "--db", db(), "--max-document-seconds", "0",
                SAMPLES.resolve("reports/borsetshire-jtai-2023.txt").toString()));
    }

    @Test
    void aPathThatDoesNotExistIsAUsageErrorWithExitTwo() {
        Path missing = temp.resolve("nowhere.pdf");
        assertEquals(2, kg("load", "--db", db(), missing.toString()));
        assertEquals("kg load: " + missing + ": no such file or folder\n", err.toString());
    }

    @Test
    void anUnknownQueryIsAUsageErrorThatListsTheSavedQueries() {
        assertEquals(2, kg("query", "no-such-query", "--db", db()));
        assertEquals("kg query: no saved query 'no-such-query'; saved queries: authorities, grade-changes, "
                + "grade-distribution, grade-timeline, inspections, inspector-overlap, inspector-portfolio, "
                + "judgement-history, latest-grades, neighbour-weaknesses, persisting-improvement-areas, provenance, "
                + "recurring-weaknesses, search-findings, shared-weaknesses, strengths-to-learn-from, theme-trend, "
                + "weak-themes-by-year, weakness-heatmap\n", err.toString());
    }

    @Test
    void anUnknownParameterIsAUsageErrorThatListsTheQueryParameters() {
        kg("init", "--db", db());
        assertEquals(2, kg("query", "judgement-history", "--db", db(), "--param", "colour=red"));
        assertEquals("kg query: query judgement-history has no parameter 'colour'; its parameters: authority\n", err.toString());
    }

    @Test
    void queryListNamesEverySavedQueryWithItsSummaryAndTypedParameters() {
        assertEquals(0, kg("query", "--list"));
        List<String> lines = out.toString().lines().toList();
        assertEquals(List.of(
                "inspections                  Every inspection in the graph, with its authority, kind, dates, lead inspector and sources",
                "inspector-overlap            Inspectors who inspected several authorities",
                "                               --param minimum=...  a whole number, e.g. 2; default 2"),
                lines.subList(lines.indexOf(lines.stream().filter(l -> l.startsWith("inspections ")).findFirst().orElseThrow()),
                        lines.indexOf(lines.stream().filter(l -> l.startsWith("inspector-overlap ")).findFirst().orElseThrow()) + 2));
    }

    @Test
    void aBadParameterValueIsAUsageErrorSayingWhatItExpects() {
        kg("init", "--db", db());
        assertEquals(2, kg("query", "inspector-overlap", "--db", db(), "--param", "minimum=several"));
        assertEquals("kg query: parameter 'minimum' expects a whole number, e.g. 2; got 'several'\n", err.toString());
    }

    @Test
    void queryPrintsEveryRowUnlessAPageIsAsked() {
        assertEquals(0, kg("load", "--quiet", "--db", db(), "--gazetteer", SAMPLES.resolve("fictional-authorities.ttl").toString(),
                SAMPLES.resolve("reports").toString()), out.toString());
        assertEquals(0, kg("query", "recurring-weaknesses", "--db", db(), "--format", "csv"), err.toString());
        List<String> all = out.toString().lines().toList();
        assertEquals(1 + 124, all.size(), "the header and every row, though the query is paginated over HTTP");
        assertEquals("", err.toString());

        assertEquals(0, kg("query", "recurring-weaknesses", "--db", db(), "--format", "csv", "--page", "2"), err.toString());
        List<String> second = out.toString().lines().toList();
        assertEquals(all.get(0), second.get(0));
        assertEquals(all.subList(101, 125), second.subList(1, second.size()), "rows 101 to 124");
        assertEquals("page 2 of 2 (124 rows, 100 a page)\n", err.toString());

        assertEquals(2, kg("query", "inspections", "--db", db(), "--page", "1"));
        assertEquals("kg query: query inspections is answered whole, not by pages: drop --page\n", err.toString());
    }

    @Test
    void everySampleLoadsAndTheDatabaseConformsToTheShapes() {
        assertEquals(0, kg("load", "--quiet", "--db", db(), "--gazetteer", SAMPLES.resolve("fictional-authorities.ttl").toString(),
                SAMPLES.resolve("reports").toString()), out.toString());
        assertTrue(out.toString().startsWith("loaded 13 of 13 documents, "), out.toString());
        assertEquals(0, kg("validate", "--db", db()), out.toString());
        assertEquals(db() + " conforms to the shapes\n", out.toString());
    }

    @Test
    void exportDumpsEveryQuadAsNQuadsAndAsTrigThatRdf4jParses() throws Exception {
        assertEquals(0, kg("load", "--quiet", "--db", db(), "--gazetteer", SAMPLES.resolve("fictional-authorities.ttl").toString(),
                SAMPLES.resolve("reports/borsetshire-ilacs-2024.txt").toString()));
        long quads;
        try (var store = org.ofstedkg.loader.store.KnowledgeGraphStore.openExisting(temp.resolve("db"))) {
            quads = store.quadCount();
        }
        Path nquads = temp.resolve("dump.nq.gz");
        assertEquals(0, kg("export", "--db", db(), "--out", nquads.toString()));
        assertTrue(out.toString().startsWith(nquads + ": " + String.format("%,d", quads) + " quads in "), out.toString());
        var parsed = org.apache.jena.query.DatasetFactory.create();
        try (var in = new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(nquads))) {
            org.apache.jena.riot.RDFDataMgr.read(parsed, in, org.apache.jena.riot.Lang.NQUADS);
        }
        assertEquals(quads, org.apache.jena.atlas.iterator.Iter.count(parsed.asDatasetGraph().find()));

        Path trig = temp.resolve("dump.trig");
        assertEquals(0, kg("export", "--db", db(), "--out", trig.toString(), "--format", "trig"));
        try (var in = java.nio.file.Files.newInputStream(trig)) {
            var model = org.eclipse.rdf4j.rio.Rio.parse(in, "", org.eclipse.rdf4j.rio.RDFFormat.TRIG);
            assertEquals(quads, model.size());
        }
    }

    @Test
    void compactMovesTheDatabaseToANewGenerationWithEveryQuadAndTheTextIndexKept() throws Exception {
        assertEquals(0, kg("load", "--quiet", "--db", db(), "--gazetteer", SAMPLES.resolve("fictional-authorities.ttl").toString(),
                SAMPLES.resolve("reports").toString()));
        Path before = temp.resolve("before.nq");
        assertEquals(0, kg("export", "--db", db(), "--out", before.toString()));
        assertEquals(0, kg("query", "inspections", "--db", db()));
        String inspections = out.toString();
        long grown = org.ofstedkg.loader.store.KnowledgeGraphStore.folderBytes(temp.resolve("db"));

        assertEquals(0, kg("compact", "--db", db()));
        assertTrue(out.toString().startsWith("compacted " + db() + ": "), out.toString());
        long compacted = org.ofstedkg.loader.store.KnowledgeGraphStore.folderBytes(temp.resolve("db"));
        System.out.printf("kg compact on the 13 samples: %,d -> %,d bytes%n", grown, compacted);
        try (var folders = java.nio.file.Files.list(temp.resolve("db"))) {
            assertEquals(List.of("Data-0002"), folders.map(p -> p.getFileName().toString())
                    .filter(name -> name.startsWith("Data-")).toList());
        }

        Path after = temp.resolve("after.nq");
        assertEquals(0, kg("export", "--db", db(), "--out", after.toString()));
        assertEquals(java.nio.file.Files.readAllLines(before).stream().sorted().toList(),
                java.nio.file.Files.readAllLines(after).stream().sorted().toList());
        assertEquals(0, kg("query", "inspections", "--db", db()));
        assertEquals(inspections, out.toString());
        assertEquals(0, kg("query", "search-findings", "--db", db(), "--param", "text=supervision"));
        assertTrue(out.toString().lines().count() > 1, "full-text search still answers after compaction: " + out);
    }

    @Test
    void compactOfAFolderThatIsNoDatabaseIsAUsageErrorWithExitTwo() {
        assertEquals(2, kg("compact", "--db", temp.resolve("nothing-here").toString()));
        assertTrue(err.toString().startsWith("kg compact: "), err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
    }
}
