package org.ofstedkg.loader;

import java.nio.file.Path;
import java.util.List;
import org.ofstedkg.loader.report.LoadIssue;

/**
 * What became of one file: loaded (with the document kind, the inspection it describes, the quads written and
 * the problems met) or rejected (with a one-line reason naming the file).
 *
 * @param file the file
 * @param loaded whether its graph is in the database
 * @param reason why it was rejected; null when loaded
 * @param documentKind the document kind's id; null when rejected
 * @param inspectionKind the inspection kind's id; null when rejected
 * @param inspectionIri the inspection node it describes; null when rejected
 * @param identity how that node was chosen
 * @param quads the quads in its graph
 * @param issues problems met reading it
 */
public record DocumentOutcome(Path file, boolean loaded, String reason, String documentKind, String inspectionKind,
        String inspectionIri, String identity, long quads, List<LoadIssue> issues) {

    public DocumentOutcome {
        issues = List.copyOf(issues);
    }

    static DocumentOutcome rejected(Path file, String reason) {
        return new DocumentOutcome(file, false, reason, null, null, null, null, 0, List.of());
    }
}
