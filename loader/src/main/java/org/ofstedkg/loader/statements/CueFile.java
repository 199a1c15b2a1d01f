package org.ofstedkg.loader.statements;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads this package's small data files: one entry a line, '#' lines and blank lines skipped. */
final class CueFile {

    private CueFile() {}

    /** The entries of the named resource of this package, as written. */
    static List<String> lines(String name) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = CueFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(lines);
    }

    /**
     * Heading words folded for comparison: lower case, curly apostrophes straight, markdown emphasis and heading
     * marks dropped, white space collapsed, a trailing '?', ':' or '.' and a footnote number after it removed.
     */
    static String fold(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("^#+\\s*", "").replace("**", "")
                .replaceAll("\\s+", " ").strip().replaceAll("(?<=[a-z?:])\\d$", "").replaceAll("[?:.]$", "").strip();
    }
}
