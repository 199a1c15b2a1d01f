package org.ofstedkg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryCatalogueTest {

    @Test
    void queriesInAJarAreListedAgainWhileTheJarsFileSystemIsOpen(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("queries.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String folder : List.of("ofsted-kg/", QueryCatalogue.FOLDER)) {
                out.putNextEntry(new JarEntry(folder));
                out.closeEntry();
            }
            for (String name : List.of("first", "second")) {
                out.putNextEntry(new JarEntry(QueryCatalogue.FOLDER + name + ".rq"));
                out.write(("#+ summary: The " + name + " query.\nSELECT * WHERE { ?s ?p ?o }\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertEquals(List.of("first", "second"), QueryCatalogue.onClassPath(loader).names());
            URI folder = loader.getResource(QueryCatalogue.FOLDER).toURI();
            try (FileSystem open = FileSystems.newFileSystem(folder, Map.of())) {
                assertEquals(List.of("first", "second"), QueryCatalogue.onClassPath(loader).names());
                assertEquals(true, open.isOpen());
            }
        }
    }

    @Test
    void theBundledCatalogueIsReadOnce() {
        assertEquals(QueryCatalogue.bundled(), QueryCatalogue.bundled());
    }
}
