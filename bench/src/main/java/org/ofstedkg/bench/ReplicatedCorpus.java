package org.ofstedkg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The corpus replicated N times, for measuring how the load grows with size. Replica 1 is the corpus itself;
 * replica k (k &gt; 1) is a copy of every file followed by k - 1 more line ends, so that its bytes, hence its SHA-256,
 * its document IRI and its named graph, are new, while its text is the same (readers drop trailing blank lines;
 * after a PDF's end marker they are ignored), and the loader does all the same work on it: read, extract, classify,
 * decide identity, write its whole graph. The replicas keep the originals' authorities and dates, so the identity
 * rule finds each inspection already loaded and each replica's documents describe the existing inspections: N
 * documents per inspection, as a report, its council papers and letters are (a replica of an undated document is
 * found to copy its original, and says so in one more quad). The number of documents and quads grows N-fold; the
 * number of inspections does not.
 */
public final class ReplicatedCorpus {

    private ReplicatedCorpus() {}

    /**
     * The files of {@code scale} replicas of {@code files}: the originals, then copies written under
     * {@code folder/replica-k/}.
     */
    public static List<Path> of(List<Path> files, int scale, Path folder) throws IOException {
        if (scale < 1) {
            throw new IllegalArgumentException("the scale must be at least 1, not " + scale);
        }
        List<Path> all = new ArrayList<>(files);
        for (int k = 2; k <= scale; k++) {
            Path replica = Files.createDirectories(folder.resolve("replica-" + k));
            byte[] lineEnds = "\n".repeat(k - 1).getBytes(StandardCharsets.US_ASCII);
            for (Path file : files) {
                Path copy = replica.resolve(file.getFileName());
                byte[] bytes = Files.readAllBytes(file);
                byte[] marked = new byte[bytes.length + lineEnds.length];
                System.arraycopy(bytes, 0, marked, 0, bytes.length);
                System.arraycopy(lineEnds, 0, marked, bytes.length, lineEnds.length);
                Files.write(copy, marked);
                all.add(copy);
            }
        }
        return all;
    }
}
