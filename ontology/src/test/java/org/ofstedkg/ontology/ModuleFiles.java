package org.ofstedkg.ontology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the tests find the module's Turtle files and the read-only shared material. */
final class ModuleFiles {

    private ModuleFiles() {}

    /** The ontology module's folder: surefire runs the tests there and names it in {@code basedir}. */
    static Path moduleDir() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize();
    }

    /** The shared folder from {@code ofstedkg.shared}, else {@code ../../shared} from the module folder. */
    static Path sharedDir() {
        String configured = System.getProperty("ofstedkg.shared");
        Path dir = configured == null || configured.isBlank()
                ? moduleDir().resolve("../../shared")
                : Path.of(configured);
        return dir.toAbsolutePath().normalize();
    }

    /** The Turtle files at the top of the module and under {@code vocabularies/}, sorted. */
    static List<Path> turtleFiles() {
        Path module = moduleDir();
        try (Stream<Path> top = Files.list(module);
                Stream<Path> vocabularies = Files.list(module.resolve("vocabularies"))) {
            return Stream.concat(top, vocabularies)
                    .filter(p -> p.getFileName().toString().endsWith(".ttl"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files of one folder with one extension, sorted. */
    static List<Path> list(Path dir, String extension) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
