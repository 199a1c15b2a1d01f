package org.ofstedkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Turtle file of the module parses with RDF4J Rio as well as with Jena, to the same number of triples, so
 * that what the project publishes is not merely Turtle as Jena reads it.
 */
class SecondParserTest {

    static Stream<Path> turtleFiles() {
        return ModuleFiles.turtleFiles().stream();
    }

    @Test
    void theModuleHasTheTurtleFilesItShips() {
        List<String> names = ModuleFiles.turtleFiles().stream()
                .map(p -> ModuleFiles.moduleDir().relativize(p).toString().replace('\\', '/'))
                .toList();
        assertTrue(names.containsAll(List.of("ofsted.ttl", "shapes.ttl", "vocabularies/grades.ttl",
                "vocabularies/inspection-kinds.ttl", "vocabularies/judgement-areas.ttl", "vocabularies/roles.ttl",
                "vocabularies/polarities.ttl", "vocabularies/themes.ttl", "vocabularies/frameworks.ttl")), names::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("turtleFiles")
    void rdf4jReadsTheSameNumberOfTriplesAsJena(Path file) throws Exception {
        Model jena = RDFDataMgr.loadModel(file.toUri().toString());
        org.eclipse.rdf4j.model.Model rdf4j;
        try (InputStream in = Files.newInputStream(file)) {
            rdf4j = Rio.parse(in, file.toUri().toString(), RDFFormat.TURTLE);
        }
        assertTrue(jena.size() > 0, file + " is empty");
        assertEquals(jena.size(), rdf4j.size(), file.getFileName() + ": Jena and RDF4J count different triples");
    }
}
