package org.ofstedkg.loader.reliability;

import java.nio.file.Path;
import java.util.List;
import org.ofstedkg.loader.Loader;
import org.ofstedkg.loader.store.KnowledgeGraphStore;

/**
 * A loader process for {@link CrashSafetyTest} to start and kill: loads a folder into a database, as {@code kg load}
 * does, printing a line per document and {@code done} at the end.
 */
public final class LoadFolder {

    private LoadFolder() {}

    /** Arguments: the database folder, the authorities' Turtle, the folder of documents. */
    public static void main(String[] args) throws Exception {
        try (KnowledgeGraphStore store = KnowledgeGraphStore.openOrCreate(Path.of(args[0]))) {
            store.installLocalAuthorities(Path.of(args[1]));
            Loader.standard(store).loadAll(Loader.files(List.of(Path.of(args[2]))), 2,
                    outcome -> System.out.println((outcome.loaded() ? "loaded " : "rejected ") + outcome.file().getFileName()));
        }
        System.out.println("done");
    }
}
