package org.ofstedkg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.ofstedkg.loader.store.KnowledgeGraphStore;

/**
 * Loads files into a fresh database in a child JVM ({@link LoadProcess}) started with the bench's own class path and
 * the given JVM options, and reports the load's figures: wall-clock and processor time, documents, quads, the peak
 * resident memory of the child (the larger of what {@code /proc/PID/status} showed while polling it and what it
 * reported at its end), the peak of its anonymous memory (polled every {@value #POLL_MILLIS} ms), and the database's
 * size on disk.
 */
public final class LoadMeasurement {

    /** How often the child's memory is read: often enough to see a peak that lasts a garbage collection cycle. */
    static final int POLL_MILLIS = 100;

    private LoadMeasurement() {}

    /**
     * One load's figures.
     *
     * @param documentsLoaded documents written
     * @param documentsRejected files rejected (with their reason, as {@code kg load} would)
     * @param quadsWritten quads in the documents' graphs
     * @param seconds the whole load, start of the JVM's work to the database closed
     * @param derivedFactsSeconds of which recomputing the derived facts after the last document
     * @param processorSeconds the processor time (user + system, all threads) of the child JVM up to the end of
     *     the load, the figure a busy machine does not inflate
     * @param peakResidentBytes the child's peak resident memory ({@code VmHWM}), -1 when unknown: this counts the
     *     touched pages of TDB2's memory-mapped files, so it grows with the database
     * @param peakAnonymousBytes the peak of the child's anonymous resident memory ({@code RssAnon}: heap, stacks,
     *     native buffers, without the mapped files' pages), -1 when unknown
     * @param databaseBytes the database folder's size
     */
    public record Result(long documentsLoaded, long documentsRejected, long quadsWritten, double seconds,
            double derivedFactsSeconds, double processorSeconds, long peakResidentBytes, long peakAnonymousBytes,
            long databaseBytes) {}

    /**
     * Loads {@code files} into a new database at {@code database} (which must not exist yet), with the extra
     * authorities of {@code gazetteer} when it is not null.
     */
    public static Result load(List<Path> files, Path database, Path gazetteer, int threads, List<String> jvmOptions)
            throws IOException, InterruptedException {
        if (Files.exists(database)) {
            throw new IllegalArgumentException(database + " exists: the bench loads into a fresh database");
        }
        Path list = Files.createTempFile("ofsted-kg-bench-files", ".txt");
        try {
            Files.write(list, files.stream().map(p -> p.toAbsolutePath().toString()).toList());
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(LoadProcess.class.getName());
            command.add(database.toString());
            command.add(list.toString());
            command.add(Integer.toString(threads));
            if (gazetteer != null) {
                command.add(gazetteer.toAbsolutePath().toString());
            }
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            AtomicReference<String> resultLine = new AtomicReference<>();
            Thread reader = new Thread(() -> readResult(process, resultLine), "ofsted-kg-bench-load-output");
            reader.start();
            long polledPeak = -1;
            long anonymousPeak = -1;
            while (!process.waitFor(POLL_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                polledPeak = Math.max(polledPeak, ResidentMemory.peakOf(process.pid()).orElse(-1));
                anonymousPeak = Math.max(anonymousPeak, ResidentMemory.anonymousOf(process.pid()).orElse(-1));
            }
            reader.join();
            if (process.exitValue() != 0 || resultLine.get() == null) {
                throw new IllegalStateException("the load process failed (exit " + process.exitValue() + ")");
            }
            JsonObject json = JSON.parse(resultLine.get());
            return new Result(number(json, "documentsLoaded"), number(json, "documentsRejected"),
                    number(json, "quadsWritten"), json.get("seconds").getAsNumber().value().doubleValue(),
                    json.get("derivedFactsSeconds").getAsNumber().value().doubleValue(),
                    json.get("processorSeconds").getAsNumber().value().doubleValue(),
                    Math.max(polledPeak, number(json, "peakResidentBytes")), anonymousPeak,
                    KnowledgeGraphStore.folderBytes(database));
        } finally {
            Files.deleteIfExists(list);
        }
    }

    private static void readResult(Process process, AtomicReference<String> resultLine) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(LoadProcess.RESULT_PREFIX)) {
                    resultLine.set(line.substring(LoadProcess.RESULT_PREFIX.length()));
                }
            }
        } catch (IOException e) {
            // The exit value then says the load failed.
        }
    }

    private static long number(JsonObject json, String key) {
        return json.get(key).getAsNumber().value().longValue();
    }
}
