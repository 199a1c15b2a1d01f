package org.ofstedkg.loader.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ofstedkg.loader.text.ReportText.Line;

/**
 * Reads who signed a letter from the lines after "Yours sincerely": a name with the designation after it on the
 * same line ("Graham Pettifer Her Majesty's Inspector") or on the lines below, or, for a letter signed by several
 * inspectorates, signature blocks set side by side in columns, whose lines text extraction interleaves.
 */
final class Signatures {

    /** A gap this wide, or a tab, separates columns of signature blocks. */
    private static final Pattern COLUMN_GAP = Pattern.compile("\\t+|\\s{3,}");
    /** A designation under a single signature takes a few lines at most ("Regional Director, Social Care, ..."). */
    private static final int DESIGNATION_LINES = 3;

    /**
     * One signature.
     *
     * @param name the signer's name without honorific
     * @param designation the words printed under or after the name, or empty
     */
    record Signature(String name, String designation) {}

    private Signatures() {}

    /** The signatures of the lines after the sign-off, in reading order (left column first). */
    static List<Signature> read(List<Line> afterSignOff) {
        List<String> lines = new ArrayList<>();
        afterSignOff.forEach(line -> lines.add(line.text()));
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        if (lines.isEmpty()) {
            return List.of();
        }
        if (lines.stream().limit(2).anyMatch(Signatures::isColumned)) {
            return columns(lines);
        }
        return single(lines).map(List::of).orElse(List.of());
    }

    /** One signature: the name (with its rank, perhaps), then up to a few designation lines before a blank. */
    private static Optional<Signature> single(List<String> lines) {
        String first = MarkupResidue.singleSpaced(lines.get(0));
        List<String> below = new ArrayList<>();
        String name;
        Optional<String[]> nameAndTitle = InspectionTeam.nameAndTitle(first);
        if (nameAndTitle.isPresent()) {
            name = nameAndTitle.get()[0];
            below.add(nameAndTitle.get()[1]);
        } else {
            Optional<String> plain = PersonNames.name(first);
            if (plain.isEmpty()) {
                return Optional.empty();
            }
            name = plain.get();
            int i = 1;
            while (i < lines.size() && !lines.get(i).isBlank() && below.size() < DESIGNATION_LINES) {
                below.add(lines.get(i++));
                // An inspector's rank is the whole designation; what follows it is not part of the signature.
                if (below.size() == 1 && InspectionTeam.isInspectorTitle(below.get(0))) {
                    break;
                }
            }
            // A rank can stand apart from the name, after a blank line left for the handwritten signature.
            if (below.isEmpty() && i + 1 < lines.size() && InspectionTeam.isInspectorTitle(lines.get(i + 1))) {
                below.add(lines.get(i + 1));
            }
        }
        return Optional.of(new Signature(PersonNames.withoutHonorific(name), joined(below)));
    }

    /**
     * Signature blocks side by side: each line's cells go to their columns, and within a column a cell that is a
     * person's name begins the next signature. Lines after the last columned line are not part of the blocks.
     */
    private static List<Signature> columns(List<String> lines) {
        int last = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (isColumned(lines.get(i))) {
                last = i;
            }
        }
        List<List<String>> columns = new ArrayList<>();
        for (String line : lines.subList(0, last + 1)) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = COLUMN_GAP.split(line.strip());
            for (int c = 0; c < cells.length; c++) {
                while (columns.size() <= c) {
                    columns.add(new ArrayList<>());
                }
                columns.get(c).add(cells[c].strip());
            }
        }
        List<List<Signature>> byColumn = new ArrayList<>();
        for (List<String> column : columns) {
            List<Signature> signatures = new ArrayList<>();
            String name = null;
            List<String> designation = new ArrayList<>();
            for (String cell : column) {
                Optional<String> person = PersonNames.name(cell);
                if (person.isPresent()) {
                    if (name != null) {
                        signatures.add(new Signature(name, joined(designation)));
                    }
                    name = person.get();
                    designation = new ArrayList<>();
                } else if (name != null) {
                    designation.add(cell);
                }
            }
            if (name != null) {
                signatures.add(new Signature(name, joined(designation)));
            }
            byColumn.add(signatures);
        }
        // Reading order: the first row of blocks left to right, then the next row.
        List<Signature> ordered = new ArrayList<>();
        while (byColumn.stream().anyMatch(list -> !list.isEmpty())) {
            for (List<Signature> column : byColumn) {
                if (!column.isEmpty()) {
                    ordered.add(column.remove(0));
                }
            }
        }
        return ordered;
    }

    private static boolean isColumned(String line) {
        return COLUMN_GAP.matcher(line.strip()).find();
    }

    private static String joined(List<String> lines) {
        return MarkupResidue.singleSpaced(String.join(" ", lines));
    }
}
