package org.ofstedkg.loader.extract;

import org.ofstedkg.loader.read.SourceFile;
import org.ofstedkg.loader.report.ReportDocument;
import org.ofstedkg.loader.text.ReportText;

/**
 * Turns the normalised text of one kind of document (an ILACS report, a SIF report, a letter, a committee paper)
 * into domain records. One implementation per kind; {@link Extraction} chooses by the document's {@link ReportKind}.
 */
public interface ReportExtractor {

    /** The report kinds this extractor reads, by the name the kind cues give them. */
    java.util.Set<String> kinds();

    /**
     * Extracts what the document says.
     *
     * @throws NotAReportException when the text turns out not to be a document this project can describe (no
     *     authority can be told, say)
     */
    ReportDocument extract(SourceFile file, ReportText text, ReportKind kind) throws NotAReportException;
}
