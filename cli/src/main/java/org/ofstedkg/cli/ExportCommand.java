package org.ofstedkg.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.ofstedkg.loader.store.DatasetDump;
import org.ofstedkg.loader.store.KnowledgeGraphStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kg export}: dumps the whole database, every named graph, as N-Quads or TriG. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {"Dump every graph of a TDB2 database as N-Quads (the default, what bulk loaders such as "
                + "tdb2.xloader take) or TriG; a file name ending in .gz is gzipped."})
final class ExportCommand implements Callable<Integer> {

    /** Dump formats. */
    enum Format { nquads, trig }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "The TDB2 database folder.")
    Path db;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the dump, e.g. dump.nq.gz.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "nquads",
            showDefaultValue = CommandLine.Help.Visibility.ALWAYS, description = "nquads or trig.")
    Format format;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        long quads;
        try (KnowledgeGraphStore store = KnowledgeGraphStore.openExisting(db);
                OutputStream file = new BufferedOutputStream(Files.newOutputStream(out));
                OutputStream stream = out.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(file) : file) {
            quads = store.export(stream, (format == Format.trig ? DatasetDump.Format.TRIG : DatasetDump.Format.NQUADS).rdfFormat());
        }
        spec.commandLine().getOut().printf("%s: %,d quads in %,d bytes, %.1f s%n", out, quads, Files.size(out),
                (System.nanoTime() - started) / 1e9);
        return CommandLine.ExitCode.OK;
    }
}
