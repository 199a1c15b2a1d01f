package org.ofstedkg.loader.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ofstedkg.loader.extract.Folding;
import org.ofstedkg.loader.text.ReportText.Line;

/**
 * Finds where Ofsted's closing boilerplate begins: the complaints procedure, the description of Ofsted, the
 * copyright and licence notice that end every report. Its opening words are data ({@code closing-boilerplate.txt});
 * only the second half of a document is searched, so a report that quotes the words early keeps its body.
 */
final class ClosingBoilerplate {

    private static final List<String> OPENINGS = load();

    private ClosingBoilerplate() {}

    /** The index of the first boilerplate line, or {@code lines.size()} when there is none. */
    static int start(List<Line> lines) {
        for (int i = lines.size() / 2; i < lines.size(); i++) {
            String folded = Folding.fold(lines.get(i).text());
            for (String opening : OPENINGS) {
                if (folded.startsWith(opening)) {
                    return i;
                }
            }
        }
        return lines.size();
    }

    private static List<String> load() {
        List<String> openings = new ArrayList<>();
        try (InputStream in = ClosingBoilerplate.class.getResourceAsStream("closing-boilerplate.txt")) {
            if (in == null) {
                throw new IllegalStateException("closing-boilerplate.txt is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    openings.add(Folding.fold(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(openings);
    }
}
