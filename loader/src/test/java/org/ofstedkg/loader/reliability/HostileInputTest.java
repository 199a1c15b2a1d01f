package org.ofstedkg.loader.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.loader.DocumentOutcome;
import org.ofstedkg.loader.Loader;
import org.ofstedkg.loader.reliability.HostileInputs.Input;
import org.ofstedkg.loader.reliability.HostileInputs.Kind;
import org.ofstedkg.loader.store.KnowledgeGraphStore;
import org.ofstedkg.loader.validate.ShapeValidation;
import org.ofstedkg.ontology.Iris;

/**
 * Over a thousand hostile files loaded in one run among the good sample reports: every hostile one is rejected
 * with one line naming it, every good one loads exactly as it does alone, the run ends, and the database conforms.
 *
 * <p>A PDF with a few bits flipped is the one kind that may load, and only when the flips fall in bytes that nothing
 * the loader reads depends on (padding, an unused entry, an image): it must then load exactly as its original does,
 * its graph isomorphic to the original's once the file name and digest are swapped. Every other flipped PDF is
 * rejected as damaged; PDFBox's own repairs do not count. The test prints how many were of each.
 */
class HostileInputTest {

    private static final Path AUTHORITIES = Path.of("..", "samples", "fictional-authorities.ttl");

    @TempDir
    Path temp;

    @Test
    @Timeout(300)
    void rejectsEveryHostileInputByNameAndLoadsEveryGoodReportAsItLoadsAlone() throws Exception {
        List<Path> good;
        try (Stream<Path> files = Files.list(HostileInputs.SAMPLES)) {
            good = files.sorted().toList();
        }
        Path folder = Files.createDirectories(temp.resolve("hostile"));
        long writing = System.nanoTime();
        List<Input> hostile = new HostileInputs(20261122L, folder).writeAll();
        double writeSeconds = (System.nanoTime() - writing) / 1e9;

        Map<String, Graph> alone = load(good, temp.resolve("alone"), new HashMap<>());

        List<Path> mixed = new ArrayList<>(good);
        hostile.forEach(input -> mixed.add(input.file()));
        Collections.shuffle(mixed, new Random(8));
        Map<Path, DocumentOutcome> outcomes = new HashMap<>();
        long started = System.nanoTime();
        Map<String, Graph> together = load(mixed, temp.resolve("together"), outcomes);
        double loadSeconds = (System.nanoTime() - started) / 1e9;

        Map<Kind, Integer> rejectedByKind = new EnumMap<>(Kind.class);
        Map<String, Integer> reasons = new TreeMap<>();
        List<String> wronglyLoaded = new ArrayList<>();
        List<Input> loadedIntact = new ArrayList<>();
        for (Input input : hostile) {
            DocumentOutcome outcome = outcomes.get(input.file());
            String name = input.file().getFileName().toString();
            if (outcome.loaded()) {
                if (input.kind() == Kind.BIT_FLIPPED_PDF) {
                    loadedIntact.add(input);
                } else {
                    wronglyLoaded.add(name + " (" + input.kind() + ")");
                }
                continue;
            }
            rejectedByKind.merge(input.kind(), 1, Integer::sum);
            assertTrue(outcome.reason().startsWith(name + " "), outcome.reason());
            assertEquals(-1, outcome.reason().indexOf('\n'), outcome.reason());
            reasons.merge(outcome.reason().substring(name.length() + 1).replaceAll(" \\(.*\\)$", " (...)")
                    .replaceAll("[0-9,]{4,}", "N"), 1, Integer::sum);
        }
        System.out.printf("hostile inputs: %d written in %.1f s%n", hostile.size(), writeSeconds);
        HostileInputs.counts(hostile).forEach((kind, count) -> System.out.printf("  %-20s %4d written, %4d rejected%n",
                kind, count, rejectedByKind.getOrDefault(kind, 0)));
        List<String> changedByFlips = changedByFlips(loadedIntact);
        System.out.printf("  bit-flipped PDFs: %d rejected as damaged, %d loaded (flips in bytes the loader does not"
                + " depend on), of which %d load with a graph differing from their original's%n",
                rejectedByKind.getOrDefault(Kind.BIT_FLIPPED_PDF, 0), loadedIntact.size(), changedByFlips.size());
        System.out.println("rejection reasons:");
        reasons.forEach((reason, count) -> System.out.printf("  %4d  %s%n", count, reason));
        long goodLoaded = good.stream().filter(file -> outcomes.get(file).loaded()).count();
        System.out.printf("good reports loaded: %d of %d; load of %d files on 2 threads: %.1f s%n",
                goodLoaded, good.size(), mixed.size(), loadSeconds);

        assertEquals(List.of(), wronglyLoaded.stream().limit(10).toList(), wronglyLoaded.size() + " hostile inputs loaded");
        assertEquals(List.of(), changedByFlips,
                "bit-flipped PDFs loaded with a graph that differs from their original's");
        assertEquals(good.size(), goodLoaded);
        together.keySet().retainAll(alone.keySet());
        alone.remove(Iris.DERIVED_GRAPH);
        together.remove(Iris.DERIVED_GRAPH);
        assertEquals(List.of(), GraphsWithoutLoadTimes.differences(alone, together),
                "graphs of good reports (and reference graphs) that differ from a load of the good reports alone");
    }

    /**
     * The bit-flipped PDFs, of those given, whose graphs loaded alone differ from their original's loaded alone, once
     * the flipped file's name and digest (which name its graphs) are replaced by the original's.
     */
    private List<String> changedByFlips(List<Input> loaded) throws java.io.IOException {
        Map<Path, Map<String, Graph>> originals = new HashMap<>();
        List<String> changed = new ArrayList<>();
        for (Input input : loaded) {
            Map<String, Graph> original = originals.computeIfAbsent(input.original(),
                    file -> load(List.of(file), temp.resolve("original-" + originals.size()), new HashMap<>()));
            Map<String, Graph> flipped = load(List.of(input.file()), temp.resolve("flipped-" + changed.size()
                    + "-" + input.file().getFileName()), new HashMap<>());
            Map<String, String> swaps = new java.util.LinkedHashMap<>();
            String flippedDigest = sha256(input.file());
            String originalDigest = sha256(input.original());
            swaps.put(flippedDigest, originalDigest);
            swaps.put(flippedDigest.substring(0, 16), originalDigest.substring(0, 16));
            swaps.put(input.file().getFileName().toString(), input.original().getFileName().toString());
            Map<String, Graph> expected = new TreeMap<>(original);
            expected.remove(Iris.DERIVED_GRAPH);
            Map<String, Graph> actual = GraphsWithoutLoadTimes.swapped(flipped, swaps);
            actual.remove(Iris.DERIVED_GRAPH);
            if (!GraphsWithoutLoadTimes.differences(expected, actual).isEmpty()) {
                changed.add(input.file().getFileName().toString());
            }
        }
        return changed;
    }

    private static String sha256(Path file) throws java.io.IOException {
        try {
            return java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads the files into a new database, checks that it conforms, and returns its graphs. */
    private static Map<String, Graph> load(List<Path> files, Path db, Map<Path, DocumentOutcome> outcomes) {
        try (KnowledgeGraphStore store = KnowledgeGraphStore.openOrCreate(db)) {
            store.installLocalAuthorities(AUTHORITIES);
            Loader.standard(store).loadAll(files, 2, outcome -> outcomes.put(outcome.file(), outcome));
            assertTrue(new ShapeValidation().validate(store.dataset()).conforms(), db + " conforms to the shapes");
            return GraphsWithoutLoadTimes.of(store.dataset());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
