package org.ofstedkg.loader.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ofstedkg.loader.text.ReportText;

/**
 * What kind of document a text is, told from cue phrases in its opening lines: the title Ofsted prints for each
 * kind of inspection, a letter's subject line, a committee paper's heading. The cues are data
 * ({@code report-kind-cues.txt}), tried in order; the first that matches decides.
 *
 * @param name the cue table's name for the kind, which chooses the extractor ({@code ilacs}, {@code sif} ...)
 * @param inspectionKindId the inspection kind's local name in the vocabulary, as far as the cue tells it
 * @param cue the words that matched
 */
public record ReportKind(String name, String inspectionKindId, String cue) {

    /** How much of the opening text a title may take. */
    private static final int OPENING_CHARACTERS = 2500;
    private static final List<Rule> RULES = loadRules();

    private record Rule(String name, String inspectionKindId, Pattern cue) {}

    /**
     * The kind the opening of {@code text} announces, or empty when no cue matches. The cue that comes first in the
     * text decides, the table's order breaking ties: a title precedes the summary that mentions other visits.
     */
    public static Optional<ReportKind> of(ReportText text) {
        String opening = Folding.fold(text.text().substring(0, Math.min(text.text().length(), OPENING_CHARACTERS)));
        ReportKind earliest = null;
        int earliestAt = Integer.MAX_VALUE;
        for (Rule rule : RULES) {
            var matcher = rule.cue().matcher(opening);
            if (matcher.find() && matcher.start() < earliestAt) {
                earliestAt = matcher.start();
                earliest = new ReportKind(rule.name(), rule.inspectionKindId(), matcher.group());
            }
        }
        return Optional.ofNullable(earliest);
    }

    private static List<Rule> loadRules() {
        List<Rule> rules = new ArrayList<>();
        try (InputStream in = ReportKind.class.getResourceAsStream("report-kind-cues.txt")) {
            if (in == null) {
                throw new IllegalStateException("report-kind-cues.txt is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t+", 3);
                if (fields.length != 3) {
                    throw new IllegalStateException("report-kind-cues.txt: not three tab-separated fields: " + line);
                }
                rules.add(new Rule(fields[0], fields[1], Pattern.compile(fields[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rules);
    }
}
