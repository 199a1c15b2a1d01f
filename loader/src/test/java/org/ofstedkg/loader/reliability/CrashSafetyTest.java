package org.ofstedkg.loader.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.loader.store.KnowledgeGraphStore;
import org.ofstedkg.loader.validate.ShapeValidation;
import org.ofstedkg.ontology.Iris;

/**
 * A loader process killed with SIGKILL at random moments, again and again, never leaves half a document: after each
 * kill the database opens, conforms to the shapes, and holds each document's graph whole (as many triples as an
 * uninterrupted load gives it, load times aside) or not at all; a last run of the same load completes it, graph
 * for graph (isomorphic).
 *
 * <p>The derived graph is the exception by design: it is recomputed at the end of a load, so after a kill it is the
 * previous complete load's (or absent) until the next load ends; the test prints which.
 */
class CrashSafetyTest {

    private static final Path AUTHORITIES = Path.of("..", "samples", "fictional-authorities.ttl").toAbsolutePath();
    private static final int COPIES = 1;
    private static final int KILLS = 5;

    @TempDir
    Path temp;

    @Test
    @Timeout(600)
    void killingTheLoaderLeavesEachDocumentWholeOrAbsentAndARerunCompletesTheLoad() throws Exception {
        Path folder = copiesOfTheSamples(Files.createDirectories(temp.resolve("documents")));
        Path reference = temp.resolve("reference");
        long started = System.nanoTime();
        Process uninterrupted = loader(reference, folder);
        assertEquals(0, uninterrupted.waitFor(), "the uninterrupted load");
        long referenceNanos = System.nanoTime() - started;
        Map<String, Graph> expected = graphs(reference);
        long expectedQuads = quads(expected);
        System.out.printf("uninterrupted load of %d documents in a child process: %.1f s, %d graphs, %,d triples"
                + " (load times aside)%n",
                count(folder), referenceNanos / 1e9, expected.size(), expectedQuads);

        Path db = temp.resolve("killed");
        Random random = new Random(5);
        long documents = expected.keySet().stream().filter(name -> name.startsWith(Iris.ID + "document/")).count();
        for (int kill = 1; kill <= KILLS; kill++) {
            // A moment in the writing: after a random number of documents, then a random part of the next one's write.
            int after = random.nextInt((int) documents - 1);
            long extraMillis = random.nextInt(400);
            AtomicInteger reported = new AtomicInteger();
            Process process = loader(db, folder, reported);
            while (reported.get() < after && process.isAlive()) {
                Thread.sleep(5);
            }
            boolean finished = process.waitFor(extraMillis, TimeUnit.MILLISECONDS);
            process.destroyForcibly().waitFor();
            Map<String, Graph> found = graphs(db);
            int whole = 0;
            for (Map.Entry<String, Graph> graph : found.entrySet()) {
                assertTrue(expected.containsKey(graph.getKey()), "a graph no load writes: " + graph.getKey());
                if (graph.getKey().startsWith(Iris.ID + "document/")) {
                    assertEquals(expected.get(graph.getKey()).size(), graph.getValue().size(),
                            "triples of " + graph.getKey() + " after kill " + kill);
                    whole++;
                }
            }
            System.out.printf("kill %d after %d documents + %d ms%s: %d document graphs whole of %d, none partial;"
                    + " derived graph %s%n", kill, reported.get(), extraMillis, finished ? " (the run had ended)" : "",
                    whole, documents, found.containsKey(Iris.DERIVED_GRAPH)
                            ? "present (" + found.get(Iris.DERIVED_GRAPH).size() + " triples, from the last load that ended)"
                            : "absent (no load has ended yet)");
        }

        Process rerun = loader(db, folder);
        assertEquals(0, rerun.waitFor(), "the re-run");
        Map<String, Graph> completed = graphs(db);
        System.out.printf("re-run: %d graphs, %,d triples (uninterrupted: %,d)%n", completed.size(), quads(completed), expectedQuads);
        assertEquals(expectedQuads, quads(completed));
        assertEquals(List.of(), GraphsWithoutLoadTimes.differences(expected, completed));
    }

    /** Each sample report {@value #COPIES} time(s), each copy with distinct bytes (trailing line ends). */
    private static Path copiesOfTheSamples(Path folder) throws IOException {
        try (Stream<Path> samples = Files.list(HostileInputs.SAMPLES)) {
            for (Path sample : samples.sorted().toList()) {
                byte[] bytes = Files.readAllBytes(sample);
                for (int copy = 0; copy < COPIES; copy++) {
                    Path target = folder.resolve(copy + "-" + sample.getFileName());
                    Files.write(target, bytes);
                    Files.write(target, "\n".repeat(copy).getBytes(StandardCharsets.US_ASCII),
                            java.nio.file.StandardOpenOption.APPEND);
                }
            }
        }
        return folder;
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    private static Process loader(Path db, Path folder) throws IOException {
        return loader(db, folder, new AtomicInteger());
    }

    /** Starts {@link LoadFolder} in a new JVM on this test's class path, counting the documents it reports. */
    private static Process loader(Path db, Path folder, AtomicInteger reported) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                LoadFolder.class.getName(), db.toString(), AUTHORITIES.toString(), folder.toString())
                .redirectErrorStream(true).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("loaded ")) {
                        reported.incrementAndGet();
                    }
                }
            } catch (IOException e) {
                // The process was killed; its output ends here.
            }
        });
        reader.setDaemon(true);
        reader.start();
        return process;
    }

    /** The database's graphs, read after checking that it opens and conforms, then closed (the store lets TDB2 go) so another process can open it. */
    private static Map<String, Graph> graphs(Path db) {
        if (!KnowledgeGraphStore.isDatabase(db)) {
            return new TreeMap<>();
        }
        try (KnowledgeGraphStore store = KnowledgeGraphStore.openOrCreate(db)) {
            assertTrue(new ShapeValidation().validate(store.dataset()).conforms(), db + " conforms to the shapes");
            Map<String, Graph> graphs = GraphsWithoutLoadTimes.of(store.dataset());
            return graphs;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long quads(Map<String, Graph> graphs) {
        return graphs.values().stream().mapToLong(Graph::size).sum();
    }
}
