package org.ofstedkg.loader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the read-only shared material (real corpus, gold facts, reference tables) that sits beside the repository
 * as {@code ../shared}, or wherever the system property {@value #PROPERTY} points. Tests that need it call
 * {@link #require(String)}, which skips them with the reason when it is absent; CI always has it.
 */
public final class SharedMaterial {

    /** The system property that points at the shared folder. */
    public static final String PROPERTY = "ofstedkg.shared";

    private SharedMaterial() {}

    /** The shared folder, or null when it cannot be found. */
    public static Path folder() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && Files.isDirectory(Paths.get(configured))) {
            return Paths.get(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("reference"))) {
                return candidate.normalize();
            }
        }
        return null;
    }

    /** A file or folder inside the shared folder; skips the calling test, with the reason, when it is absent. */
    public static Path require(String relativePath) {
        Path folder = folder();
        Assumptions.assumeTrue(folder != null,
                "shared material not found: set -D" + PROPERTY + "=DIR or place it at ../shared beside the repository");
        Path path = folder.resolve(relativePath);
        Assumptions.assumeTrue(Files.exists(path), "shared material lacks " + path);
        return path;
    }
}
