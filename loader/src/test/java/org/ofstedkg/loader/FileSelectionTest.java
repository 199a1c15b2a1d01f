package org.ofstedkg.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSelectionTest {

    @TempDir
    Path temp;

    @Test
    void foldersYieldTheFilesAReaderTakesByNameAndListTheRestAsPassedOver() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("reports/2024"));
        for (String name : List.of("a.pdf", "b.XHTML", "c.md", "manifest.csv", ".notes.txt")) {
            Files.writeString(folder.resolve(name), "x");
        }
        Path given = Files.writeString(temp.resolve("given.csv"), "x");
        Loader.FileSelection selection = Loader.FileSelection.of(List.of(temp.resolve("reports"), given));
        assertEquals(List.of(folder.resolve("a.pdf"), folder.resolve("b.XHTML"), folder.resolve("c.md"), given),
                selection.files());
        assertEquals(List.of(folder.resolve(".notes.txt"), folder.resolve("manifest.csv")), selection.passedOver());
    }
}
