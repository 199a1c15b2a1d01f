package org.ofstedkg.loader.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.loader.Loader;
import org.ofstedkg.loader.store.KnowledgeGraphStore;

/**
 * Loading is idempotent and does not depend on order: the sample reports loaded once, loaded twice over, and loaded
 * in the reverse order give the same graphs, graph by graph (isomorphic), once the times at which the loads ran
 * ({@code prov:startedAtTime}, of each document's load and of the derived graph's computation) are set aside.
 */
class LoadOrderTest {

    private static final Path AUTHORITIES = Path.of("..", "samples", "fictional-authorities.ttl");

    @TempDir
    Path temp;

    @Test
    void loadingTwiceOrInReverseOrderGivesTheSameGraphs() throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.list(HostileInputs.SAMPLES)) {
            samples = files.sorted().toList();
        }
        List<Path> reversed = new ArrayList<>(samples);
        Collections.reverse(reversed);

        Map<String, Graph> once = load(temp.resolve("once"), List.of(samples));
        Map<String, Graph> twice = load(temp.resolve("twice"), List.of(samples, samples));
        Map<String, Graph> backwards = load(temp.resolve("backwards"), List.of(reversed));

        System.out.printf("%d graphs, %d triples (without load times) in each of three loads%n", once.size(),
                once.values().stream().mapToInt(Graph::size).sum());
        assertEquals(List.of(), GraphsWithoutLoadTimes.differences(once, twice), "graphs that differ when loaded twice");
        assertEquals(List.of(), GraphsWithoutLoadTimes.differences(once, backwards),
                "graphs that differ when loaded in reverse order");
    }

    /**
     * An undated document and its near copy (the sample OCR report, and the same bytes with a line end added): the
     * copy is the original's alternate and shares its inspection; loading both again must not make the original a
     * copy of its copy. (Which of two near copies is the original does depend on which came first: without dates
     * there is nothing else to go by.)
     */
    @Test
    void reloadingAnUndatedOriginalAfterItsCopyLeavesBothGraphsAsTheyWere() throws IOException {
        Path original = temp.resolve("ocr.txt");
        Path copy = temp.resolve("ocr-copy.txt");
        byte[] bytes = Files.readAllBytes(HostileInputs.SAMPLES.resolve("borsetshire-ilacs-2020-ocr.txt"));
        Files.write(original, bytes);
        Files.write(copy, bytes);
        Files.writeString(copy, "\n", java.nio.file.StandardOpenOption.APPEND);

        Map<String, Graph> once = load(temp.resolve("copies-once"), List.of(List.of(original, copy)));
        Map<String, Graph> twice = load(temp.resolve("copies-twice"), List.of(List.of(original, copy), List.of(original, copy)));

        long links = once.values().stream()
                .mapToLong(graph -> graph.find(null, org.ofstedkg.ontology.W3c.provAlternateOf.asNode(), null).toList().size())
                .sum();
        assertEquals(1, links, "the copy, and only the copy, is an alternate of the other");
        assertEquals(List.of(), GraphsWithoutLoadTimes.differences(once, twice), "graphs that differ when loaded twice");
    }

    private static Map<String, Graph> load(Path db, List<List<Path>> runs) throws IOException {
        try (KnowledgeGraphStore store = KnowledgeGraphStore.openOrCreate(db)) {
            store.installLocalAuthorities(AUTHORITIES);
            for (List<Path> run : runs) {
                Loader.standard(store).loadAll(run, 2, outcome -> {});
            }
            return GraphsWithoutLoadTimes.of(store.dataset());
        }
    }
}
