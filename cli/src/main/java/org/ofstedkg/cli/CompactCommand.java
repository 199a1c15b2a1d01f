package org.ofstedkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ofstedkg.loader.store.KnowledgeGraphStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kg compact}: rewrites a database without the dead blocks its write transactions left behind. */
@Command(
        name = "compact",
        mixinStandardHelpOptions = true,
        description = {
            "Compact a TDB2 database: copy its live data into a new generation (Data-NNNN) and delete the old one.",
            "Each write transaction leaves copies of the blocks it changed, so a database grows well beyond its data",
            "as documents are loaded one by one; compacting after a large load gives the space back. Needs the",
            "database to itself (stop `kg serve` first) and free disk space for the live data."
        })
final class CompactCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "The TDB2 database folder.")
    Path db;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        long before;
        long start = System.nanoTime();
        try (KnowledgeGraphStore store = KnowledgeGraphStore.openExisting(db)) {
            before = KnowledgeGraphStore.folderBytes(db);
            spec.commandLine().getErr().printf("compacting %s (%s) ...%n", db, size(before));
            store.compact();
        }
        long after = KnowledgeGraphStore.folderBytes(db);
        out.printf("compacted %s: %s -> %s in %.1f s%n", db, size(before), size(after), (System.nanoTime() - start) / 1e9);
        return CommandLine.ExitCode.OK;
    }

    static String size(long bytes) {
        return bytes >= 1L << 30 ? String.format("%.2f GiB", bytes / (double) (1L << 30))
                : String.format("%.1f MiB", bytes / (double) (1L << 20));
    }
}
