package org.ofstedkg.loader.extract;

import java.util.List;
import org.ofstedkg.loader.text.ReportText.Line;

/** Lines folded one by one and joined by '\n', so that sentence patterns can still see where lines end. */
final class FoldedLines {

    private FoldedLines() {}

    static String of(List<Line> lines) {
        StringBuilder folded = new StringBuilder();
        for (Line line : lines) {
            folded.append(Folding.fold(line.text())).append('\n');
        }
        return folded.toString();
    }
}
