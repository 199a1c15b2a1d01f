package org.ofstedkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ofstedkg.loader.store.KnowledgeGraphStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kg init}: creates a database, or brings its ontology, vocabularies and gazetteer up to date. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = {
            "Create a TDB2 database (or update an existing one) with the ontology, its SKOS vocabularies and the "
                    + "authority gazetteer, each in its own named graph. Documents already loaded are kept."
        })
final class InitCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "The TDB2 database folder.")
    Path db;

    @Override
    public Integer call() throws Exception {
        try (KnowledgeGraphStore store = KnowledgeGraphStore.openOrCreate(db)) {
            store.installReferenceGraphs();
            spec.commandLine().getOut().printf("%s: ontology, vocabularies and gazetteer installed; %,d quads in the database%n",
                    db, store.quadCount());
        }
        return CommandLine.ExitCode.OK;
    }
}
