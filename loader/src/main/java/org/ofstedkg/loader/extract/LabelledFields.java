package org.ofstedkg.loader.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ofstedkg.loader.text.ReportText.Line;

/**
 * The "Label: value" lines of a council paper's cover ("Date of Meeting: 27 January 2020", "Portfolio Holder: Cllr
 * ..., Portfolio Holder for Children and Families") and of its contact details ("Name: ...", "Designation: ...").
 */
final class LabelledFields {

    private static final Pattern FIELD = Pattern.compile("^(\\p{Lu}[\\p{L} \u2019'()/&-]{1,50}?)\\s*:\\s*(\\S.*)$");

    /**
     * One labelled line.
     *
     * @param label the label as printed
     * @param value the words after the colon
     * @param index the line's index in the lines read
     */
    record Field(String label, String value, int index) {

        boolean is(String foldedLabelRegex) {
            return Folding.fold(label).matches(foldedLabelRegex);
        }
    }

    private LabelledFields() {}

    /** Every labelled line of {@code lines} (markup removed), in order. */
    static List<Field> of(List<Line> lines) {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher matcher = FIELD.matcher(lines.get(i).text());
            if (matcher.matches()) {
                fields.add(new Field(matcher.group(1).strip(), matcher.group(2).strip(), i));
            }
        }
        return fields;
    }

    /** The first field whose folded label matches {@code foldedLabelRegex}. */
    static Optional<Field> first(List<Field> fields, String foldedLabelRegex) {
        return fields.stream().filter(f -> f.is(foldedLabelRegex)).findFirst();
    }
}
