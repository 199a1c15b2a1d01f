package org.ofstedkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.shared.PrefixMapping;
import org.ofstedkg.loader.store.KnowledgeGraphStore;
import org.ofstedkg.loader.validate.ShapeValidation;
import org.ofstedkg.loader.validate.ValidationSummary;
import org.ofstedkg.ontology.OntologyResources;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kg validate}: checks a database against the project's SHACL shapes. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Check every graph of a TDB2 database against the SHACL shapes (ontology/shapes.ttl).",
            "Exits 0 when the data conforms, 1 with a report of the violations when it does not."
        })
final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "The TDB2 database folder.")
    Path db;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", showDefaultValue = CommandLine.Help.Visibility.ALWAYS,
            description = "How many violations to list one by one; every distinct message is counted regardless.")
    int limit;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ValidationSummary summary;
        try (KnowledgeGraphStore store = KnowledgeGraphStore.openExisting(db)) {
            PrefixMapping prefixes = OntologyResources.shapes();
            summary = new ValidationSummary(new ShapeValidation().validate(store.dataset()), prefixes);
        }
        if (summary.conforms()) {
            out.printf("%s conforms to the shapes%n", db);
            return CommandLine.ExitCode.OK;
        }
        out.printf("%s does not conform: %,d results%n", db, summary.resultCount());
        for (Map.Entry<String, Integer> entry : summary.countsByMessage().entrySet()) {
            out.printf("%8d  %s%n", entry.getValue(), entry.getKey());
        }
        out.println();
        summary.lines(limit).forEach(out::println);
        if (summary.resultCount() > limit) {
            out.printf("... and %,d more (--limit to see them)%n", summary.resultCount() - limit);
        }
        return 1;
    }
}
