package org.ofstedkg.loader.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;

/**
 * A SHACL report as people read it: one line per violation (focus node, path, message, offending value), most
 * frequent message first, with a count per message so that a thousand copies of one fault read as one fault.
 */
public final class ValidationSummary {

    private final ValidationReport report;
    private final PrefixMapping prefixes;

    public ValidationSummary(ValidationReport report, PrefixMapping prefixes) {
        this.report = report;
        this.prefixes = prefixes;
    }

    /** Whether the graph conforms to the shapes. */
    public boolean conforms() {
        return report.conforms();
    }

    /** The number of results (violations and lesser findings). */
    public int resultCount() {
        return report.getEntries().size();
    }

    /** Each distinct message with how often it occurs, most frequent first. */
    public Map<String, Integer> countsByMessage() {
        Map<String, Integer> counts = new TreeMap<>();
        for (ReportEntry entry : report.getEntries()) {
            counts.merge(message(entry), 1, Integer::sum);
        }
        return counts;
    }

    /** Up to {@code limit} results as lines, ordered by focus node and path for stable output. */
    public List<String> lines(int limit) {
        List<ReportEntry> entries = new ArrayList<>(report.getEntries());
        entries.sort(Comparator.comparing((ReportEntry e) -> show(e.focusNode()))
                .thenComparing(e -> e.resultPath() == null ? "" : e.resultPath().toString(new Prologue(prefixes))));
        List<String> lines = new ArrayList<>();
        for (ReportEntry entry : entries.subList(0, Math.min(limit, entries.size()))) {
            String path = entry.resultPath() == null ? "" : " " + entry.resultPath().toString(new Prologue(prefixes));
            String value = entry.value() == null ? "" : " (value " + show(entry.value()) + ")";
            lines.add(entry.severity().level().getLocalName() + ": " + show(entry.focusNode()) + path
                    + ": " + message(entry) + value);
        }
        return lines;
    }

    private static String message(ReportEntry entry) {
        String message = entry.message();
        return message == null ? entry.constraint().toString() : message;
    }

    private String show(Node node) {
        if (node.isURI()) {
            String shortForm = prefixes.shortForm(node.getURI());
            return shortForm.equals(node.getURI()) ? "<" + node.getURI() + ">" : shortForm;
        }
        return node.toString();
    }
}
