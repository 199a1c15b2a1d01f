package org.ofstedkg.loader.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The invented Borsetshire fixtures beside the read tests, as the loader would be offered them. */
public final class Fixtures {

    private static final String FOLDER = "/org/ofstedkg/loader/read/";

    private Fixtures() {}

    /** The fixture of that name, offered under its own name. */
    public static SourceFile source(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + FOLDER + name);
            }
            return SourceFile.of(Path.of(name), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of that name holding the text in UTF-8. */
    public static SourceFile text(String name, String content) {
        return SourceFile.of(Path.of(name), content.getBytes(StandardCharsets.UTF_8));
    }
}
