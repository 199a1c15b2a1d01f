package org.ofstedkg.loader.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ofstedkg.loader.report.TeamMember;
import org.ofstedkg.loader.text.ReportText.Line;
import org.ofstedkg.ontology.Scheme;

/**
 * Reads the inspectors a report names: the lead inspector line of a title block ("Lead inspector: Sarah Canto,
 * His Majesty's Inspector", "Reporting inspector Helen Cawston HMI", two leads in one line), and the team list at
 * the end of a SIF report ("Team inspectors: Paula Thompson-Jones HMI, Susan Myers HMI, Michael Ferguson" / "HMI
 * ..."). Roles come from the role vocabulary's labels; titles ("HMI", "Her Majesty's Inspector") are kept apart
 * from names.
 */
final class InspectionTeam {

    private static final ConceptLabels ROLES = ConceptLabels.of(Scheme.ROLE);
    /** Ranks and post-nominals printed after inspectors' names, longest first. */
    private static final Pattern TITLE = Pattern.compile(
            ",?\\s*\\(?\\b(?:(?:His|Her) Majesty[’']s (?:Senior )?Inspector(?:\\s*\\(S?HMI\\))?|Senior HMI|SHMI|HMI"
                    + "|Associate Inspector|Ofsted Inspector|Social Care Regulatory Inspector|AI|OI)\\b\\)?");
    private static final Pattern ROLE_LINE = Pattern.compile("^([A-Za-z][A-Za-z ()’'-]{2,60}?)\\s*:\\s*(.*)$");
    private static final Pattern LEAD_LINE = Pattern.compile(
            "^(Lead inspectors?|Reporting inspector|Lead Inspector)\\s*:?\\s*(.*)$");
    private static final Pattern NAME = Pattern.compile(
            "^(?:(?:Dr|Mr|Mrs|Ms|Miss)\\.? )?\\p{Lu}[\\p{L}’'.-]*(?: (?:\\p{Lu}[\\p{L}’'.-]*|de|van|von|da|di|le|la))*$");
    private static final int TEAM_LINES = 30;
    /** The roles of the vocabulary that documents give to people who are not inspectors. */
    private static final Set<String> NOT_ON_TEAM = Set.of("signatory", "addressee", "copy-recipient",
            "director-of-childrens-services", "council-officer", "lead-member");
    private static final Set<String> INSPECTION_TEAM_HEADINGS = Set.of("the inspection team", "inspection team");

    private InspectionTeam() {}

    /** The lead inspector(s) of a title block, from the first lead-inspector line. */
    static List<TeamMember> leadInTitleBlock(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher lead = LEAD_LINE.matcher(lines.get(i).text());
            if (!lead.matches()) {
                continue;
            }
            String rest = lead.group(2);
            // The name, or its title, may sit on the next line: 'Lead inspector: Tara Geere' / 'Her Majesty's Inspector'.
            if (i + 1 < lines.size() && (rest.isBlank() || isTitleOnly(lines.get(i + 1).text()))) {
                rest = rest + " " + lines.get(i + 1).text();
            }
            return members(rest.strip(), "lead-inspector", lead.group(1));
        }
        return List.of();
    }

    /** The team listed under 'The inspection team' (or 'Inspection team'), in printed order. */
    static List<TeamMember> teamList(List<Line> lines) {
        return teamList(lines, INSPECTION_TEAM_HEADINGS, false);
    }

    /**
     * The team listed under the last of the given headings (folded), in printed order. With {@code spacedEntries},
     * a blank line between two role entries does not end the list (stand-alone reviews space them out); a blank
     * line followed by anything else does.
     */
    static List<TeamMember> teamList(List<Line> lines, Set<String> headings, boolean spacedEntries) {
        int start = -1;
        for (int i = lines.size() - 1; i >= 0; i--) {
            String folded = Folding.fold(lines.get(i).text());
            if (headings.contains(folded)) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            return List.of();
        }
        List<String[]> entries = new ArrayList<>(); // role as printed, names
        for (int i = start + 1; i < Math.min(lines.size(), start + 1 + TEAM_LINES); i++) {
            String text = lines.get(i).text();
            if (text.isBlank()) {
                if (!entries.isEmpty() && !(spacedEntries && nextIsRoleEntry(lines, i))) {
                    break;
                }
                continue;
            }
            Optional<String[]> entry = roleEntry(text);
            if (entry.isPresent()) {
                entries.add(entry.get());
            } else if (!entries.isEmpty()) {
                String[] last = entries.get(entries.size() - 1);
                last[1] = last[1] + " " + text;
            }
            // Lines before the first role ('The inspection team consisted of ...') are passed over.
        }
        List<TeamMember> team = new ArrayList<>();
        for (String[] entry : entries) {
            team.addAll(members(entry[1], ROLES.idOf(entry[0]).orElseThrow(), entry[0]));
        }
        return team;
    }

    private static boolean nextIsRoleEntry(List<Line> lines, int blank) {
        for (int i = blank + 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return roleEntry(lines.get(i).text()).isPresent();
            }
        }
        return false;
    }

    /** A line that opens a role's entry: 'Lead inspector: X HMI', or without the colon, 'Deputy lead inspector X'. */
    private static Optional<String[]> roleEntry(String text) {
        Matcher roleLine = ROLE_LINE.matcher(text);
        if (roleLine.matches() && ROLES.idOf(roleLine.group(1)).isPresent()) {
            return Optional.of(new String[] {roleLine.group(1).strip(), roleLine.group(2)});
        }
        String folded = Folding.fold(text);
        String longest = null;
        for (String label : ROLES.byLabel().keySet()) {
            if (folded.startsWith(label + " ") && (longest == null || label.length() > longest.length())) {
                longest = label;
            }
        }
        if (longest != null) {
            String rest = text.strip().substring(longest.length()).strip();
            if (!rest.isEmpty() && Character.isUpperCase(rest.charAt(0))) {
                return Optional.of(new String[] {text.strip().substring(0, longest.length()), rest});
            }
        }
        return Optional.empty();
    }

    /** The people of one role entry: names separated by commas or 'and', each possibly followed by a title. */
    static List<TeamMember> members(String names, String roleId, String roleAsPrinted) {
        List<TeamMember> members = new ArrayList<>();
        Matcher title = TITLE.matcher(names);
        List<String[]> pieces = new ArrayList<>(); // text, title that follows it
        int from = 0;
        while (title.find()) {
            pieces.add(new String[] {names.substring(from, title.start()), title.group().replaceAll("^[,\\s(]+|\\)$", "").strip()});
            from = title.end();
        }
        pieces.add(new String[] {names.substring(from), null});
        for (String[] piece : pieces) {
            String[] parts = piece[0].split("\\s*,\\s*|\\s+and\\s+|\\s*;\\s*");
            for (int p = 0; p < parts.length; p++) {
                String name = parts[p].replaceAll("^and\\s+", "").replaceAll("[.\\s]+$", "").strip();
                if (name.isEmpty() || !NAME.matcher(name).matches() || name.split(" ").length < 2) {
                    continue;
                }
                String titleAsPrinted = p == parts.length - 1 ? piece[1] : null;
                members.add(new TeamMember(name, roleId, roleAsPrinted, titleAsPrinted));
            }
        }
        return members;
    }

    private static boolean isTitleOnly(String line) {
        return !line.isBlank() && TITLE.matcher(line).replaceAll("").isBlank();
    }

    /** Whether {@code words} are an inspector's rank and nothing else: "Her Majesty's Inspector", "HMI". */
    static boolean isInspectorTitle(String words) {
        return isTitleOnly(words.strip());
    }

    /**
     * A line that prints a name followed by an inspector's rank ("Graham Pettifer Her Majesty's Inspector"), split
     * into the two; empty when the line holds no rank or more than a name before it.
     */
    static Optional<String[]> nameAndTitle(String line) {
        Matcher title = TITLE.matcher(line);
        if (!title.find() || title.start() == 0 || !line.substring(title.end()).isBlank()) {
            return Optional.empty();
        }
        String name = line.substring(0, title.start()).strip();
        String rank = title.group().replaceAll("^[,\\s(]+|\\)$", "").strip();
        return NAME.matcher(name).matches() ? Optional.of(new String[] {name, rank}) : Optional.empty();
    }

    /** Whether a role is a part on an inspection team, not one a document gives other people (addressee ...). */
    static boolean isInspectionRole(String roleId) {
        return !NOT_ON_TEAM.contains(roleId);
    }

    /** The role a printed label names, for extractors that read other lists of people. */
    static Optional<String> role(String label) {
        return ROLES.idOf(label);
    }
}
