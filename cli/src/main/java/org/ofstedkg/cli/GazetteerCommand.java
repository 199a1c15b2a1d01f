package org.ofstedkg.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import org.ofstedkg.loader.gazetteer.Authority;
import org.ofstedkg.loader.gazetteer.GazetteerGraph;
import org.ofstedkg.loader.gazetteer.LookupTable;
import org.ofstedkg.loader.gazetteer.Reorganisation;
import org.ofstedkg.ontology.Ofk;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kg gazetteer}: generates the authority gazetteer from the authority lookup table. */
@Command(
        name = "gazetteer",
        mixinStandardHelpOptions = true,
        description = {
            "Generate the authority gazetteer (Turtle) from the authority lookup table (la-lookup.csv) and the "
                    + "project's table of reorganisations. The generated file ships in the ontology module; "
                    + "run this when the lookup table changes, then rebuild."
        })
final class GazetteerCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--lookup", paramLabel = "CSV", defaultValue = "../shared/reference/la-lookup.csv",
            showDefaultValue = CommandLine.Help.Visibility.ALWAYS, description = "The authority lookup table.")
    Path lookup;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "ontology/authorities.ttl",
            showDefaultValue = CommandLine.Help.Visibility.ALWAYS, description = "Where to write the gazetteer.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(lookup)) {
            throw new Kg.UsageProblem(lookup + ": no such file (give the lookup table with --lookup)");
        }
        List<Authority> authorities = LookupTable.read(lookup);
        List<Reorganisation> reorganisations = Reorganisation.known();
        Model gazetteer = GazetteerGraph.build(authorities, reorganisations);
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path partial = Files.createTempFile(parent, ".gazetteer", ".ttl");
        try (OutputStream stream = Files.newOutputStream(partial)) {
            GazetteerGraph.writeTurtle(gazetteer, lookup.getFileName().toString(), stream);
        }
        Files.move(partial, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        spec.commandLine().getOut().printf("%s: %d authorities (%d former), %d regions, %d statistical-neighbour links, "
                        + "%d reorganisations, %,d triples%n",
                out, authorities.size(), authorities.stream().filter(Authority::isFormer).count(),
                gazetteer.listSubjectsWithProperty(RDF.type, Ofk.Region).toList().size(),
                gazetteer.listStatements(null, Ofk.statisticalNeighbour, (org.apache.jena.rdf.model.RDFNode) null).toList().size(),
                reorganisations.size(), gazetteer.size());
        return CommandLine.ExitCode.OK;
    }
}
