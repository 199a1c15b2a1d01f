package org.ofstedkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.ofstedkg.loader.store.DatabaseTarget;
import org.ofstedkg.loader.store.DocumentTarget;
import org.ofstedkg.loader.store.FusekiTarget;
import org.ofstedkg.loader.store.KnowledgeGraphStore;

/** Opens the target a command loads into: a local database (closed after the run) or a server's service. */
final class DocumentTargets {

    /** A target and what must be closed when the run ends. */
    record Opened(DocumentTarget target, AutoCloseable resource) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            if (resource != null) {
                resource.close();
            }
        }
    }

    private DocumentTargets() {}

    static Opened database(Path db) throws IOException {
        KnowledgeGraphStore store = KnowledgeGraphStore.openOrCreate(db);
        return new Opened(new DatabaseTarget(store), store);
    }

    static Opened server(String endpoint, FusekiTarget.Credentials credentials) {
        return new Opened(FusekiTarget.of(endpoint, credentials), null);
    }
}
