package org.ofstedkg.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What one bench run measures, each setting with its default in {@link #defaults}.
 *
 * @param corpus the folder (or file) of documents to load; by default {@code ../shared/corpus}
 * @param gazetteer extra authorities to install before loading (the samples' fictional ones); null for none
 * @param scales the corpus sizes to load, as multiples of the corpus ({@link ReplicatedCorpus}); 1 always comes
 *        first, since its database is the one queried
 * @param repeats how many times the floor and the load at scale 1 are measured, alternately
 * @param threads the threads that read documents, in the load and in the floor alike
 * @param loaderJvmOptions the options of the child JVM that loads (by default those of the {@code kg} launcher)
 * @param work where the databases go (kept after the run: the scale-1 one can be served again)
 * @param port the port the server listens on while queries are measured; 0 for any free port
 * @param warmUp untimed runs of each query before its timed runs
 * @param runs timed runs of each query
 * @param clients the numbers of concurrent clients to run the query mix with
 * @param duration how long each concurrency level runs
 */
public record BenchSettings(Path corpus, Path gazetteer, List<Integer> scales, int repeats, int threads,
        List<String> loaderJvmOptions, Path work, int port, int warmUp, int runs, List<Integer> clients,
        Duration duration) {

    /** The loader's JVM options, as the {@code kg} launcher sets them unless {@code KG_JAVA_OPTS} says otherwise. */
    public static final List<String> LAUNCHER_JVM_OPTIONS = List.of("-Xmx768m");

    public BenchSettings {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(work, "work");
        scales = List.copyOf(scales);
        clients = List.copyOf(clients);
        loaderJvmOptions = List.copyOf(loaderJvmOptions);
        if (scales.isEmpty() || scales.get(0) != 1 || scales.stream().anyMatch(s -> s < 1)) {
            throw new IllegalArgumentException("the scales must start with 1 and be positive: " + scales);
        }
        if (repeats < 1 || threads < 1 || runs < 1 || warmUp < 0) {
            throw new IllegalArgumentException("repeats, threads and runs must be at least 1, warm-up at least 0");
        }
    }

    /** The defaults over {@code corpus}, with databases under {@code work}. */
    public static BenchSettings defaults(Path corpus, Path work) {
        return new BenchSettings(corpus, null, List.of(1), 1, Runtime.getRuntime().availableProcessors(),
                LAUNCHER_JVM_OPTIONS, work, 0, 5, 50, List.of(1, 4, 16), Duration.ofSeconds(20));
    }
}
