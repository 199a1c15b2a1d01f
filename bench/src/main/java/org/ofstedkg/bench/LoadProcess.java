package org.ofstedkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.atlas.json.JsonObject;
import org.ofstedkg.loader.Loader;
import org.ofstedkg.loader.store.KnowledgeGraphStore;

/**
 * The load, run alone in a child JVM so that its peak memory is the loader's and not the bench's: loads the files
 * listed in a file (one path per line) into a database with {@link Loader#loadAll}, exactly as {@code kg load}
 * does, and prints one line {@value #RESULT_PREFIX}{@code {json}} with what it did, how long each part took and the
 * processor time it used.
 *
 * <p>Usage: {@code java -cp ... org.ofstedkg.bench.LoadProcess DB FILE-LIST THREADS [GAZETTEER-TTL]}.
 */
public final class LoadProcess {

    /** What starts the result line on standard output. */
    public static final String RESULT_PREFIX = "ofsted-kg-bench-load ";

    private LoadProcess() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3 && args.length != 4) {
            System.err.println("usage: LoadProcess DB FILE-LIST THREADS [GAZETTEER-TTL]");
            System.exit(2);
        }
        Path db = Path.of(args[0]);
        List<Path> files = Files.readAllLines(Path.of(args[1])).stream().filter(s -> !s.isBlank()).map(Path::of).toList();
        int threads = Integer.parseInt(args[2]);
        AtomicLong loaded = new AtomicLong();
        AtomicLong rejected = new AtomicLong();
        AtomicLong quads = new AtomicLong();
        AtomicLong lastWritten = new AtomicLong();
        long started = System.nanoTime();
        long finished;
        try (KnowledgeGraphStore store = KnowledgeGraphStore.openOrCreate(db)) {
            if (args.length == 4) {
                store.installLocalAuthorities(Path.of(args[3]));
            }
            Loader loader = Loader.standard(store);
            loader.loadAll(files, threads, outcome -> {
                (outcome.loaded() ? loaded : rejected).incrementAndGet();
                quads.addAndGet(outcome.quads());
                lastWritten.set(System.nanoTime());
            });
            finished = System.nanoTime();
        }
        long closed = System.nanoTime();
        JsonObject result = new JsonObject();
        result.put("documentsLoaded", loaded.get());
        result.put("documentsRejected", rejected.get());
        result.put("quadsWritten", quads.get());
        result.put("seconds", Decimals.of((closed - started) / 1e9));
        result.put("documentSeconds", Decimals.of((lastWritten.get() - started) / 1e9));
        result.put("derivedFactsSeconds", Decimals.of((finished - lastWritten.get()) / 1e9));
        result.put("processorSeconds", Decimals.of(ProcessorTime.ofThisProcess()));
        result.put("peakResidentBytes", ResidentMemory.peakOf(ProcessHandle.current().pid()).orElse(-1));
        System.out.println(RESULT_PREFIX + result.toString().replaceAll("\\s*\\n\\s*", " "));
    }
}
