package org.ofstedkg.loader.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ofstedkg.loader.report.TeamMember;
import org.ofstedkg.loader.text.ReportText.Line;

/**
 * The inspectors a committee paper lists, one a line as "Name – Role" ("Shabana Abasi – Lead Inspector", "Kathryn
 * Grindrod- Inspector (designate) shadowing this inspection"). A line counts only when its role is one of the role
 * vocabulary's inspection roles, so that other dashed lines ("Appendix 1 – Ofsted Report") and the council's own
 * people are not taken for inspectors.
 */
final class CommitteeTeam {

    /** A dash with space on at least one side parts name and role; a hyphen inside a name has none. */
    private static final Pattern NAME_DASH_ROLE = Pattern.compile("^(.+?)(?:\\s+[\u2013\u2014-]\\s*|[\u2013\u2014-]\\s+)(.+)$");

    private CommitteeTeam() {}

    /** The inspectors listed in {@code lines} (markup removed), in printed order. */
    static List<TeamMember> in(List<Line> lines) {
        List<TeamMember> team = new ArrayList<>();
        for (Line line : lines) {
            Matcher matcher = NAME_DASH_ROLE.matcher(MarkupResidue.singleSpaced(line.text()));
            if (!matcher.matches()) {
                continue;
            }
            Optional<String> name = PersonNames.name(matcher.group(1));
            String role = matcher.group(2).strip().replaceAll("[.;,]+$", "");
            Optional<String> roleId = InspectionTeam.role(role).filter(InspectionTeam::isInspectionRole);
            if (name.isPresent() && roleId.isPresent()) {
                team.add(new TeamMember(name.get(), roleId.get(), role, null));
            }
        }
        return team;
    }
}
