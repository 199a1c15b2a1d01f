package org.ofstedkg.loader.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ofstedkg.loader.report.PersonMention;
import org.ofstedkg.loader.text.ReportText.Line;

/**
 * The council's people a committee paper names on its cover and in its contact details: the portfolio holder, the
 * senior officer, the report's author. Their parts are told by the label the paper prints, looked up among the role
 * vocabulary's labels ("Portfolio Holder" is the lead member, "Senior Officer" and "Report writer" a council
 * officer). A person named twice in the same part (senior officer and report writer, say) is mentioned once.
 */
final class CommitteePeople {

    /** The parts the council's own people play; inspectors are read apart, by {@link CommitteeTeam}. */
    static final Set<String> COUNCIL_ROLES = Set.of("lead-member", "council-officer", "director-of-childrens-services");
    /** Contact details follow the line that names the author within this many lines. */
    private static final int CONTACT_LINES = 4;

    private CommitteePeople() {}

    static List<PersonMention> in(List<Line> lines, List<LabelledFields.Field> fields) {
        List<PersonMention> people = new ArrayList<>();
        for (LabelledFields.Field field : fields) {
            Optional<String> role = councilRole(field.label());
            if (role.isPresent()) {
                String[] parts = field.value().split("\\s*,\\s*", 2);
                Optional<String> name = PersonNames.name(parts[0]);
                if (name.isPresent()) {
                    add(people, new PersonMention(name.get(), role.get(), parts.length > 1 ? parts[1] : field.label(), null));
                }
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (!text.endsWith(":")) {
                continue;
            }
            Optional<String> role = roleAtEnd(text.substring(0, text.length() - 1));
            if (role.isPresent()) {
                contact(fields, i, role.get()).ifPresent(person -> add(people, person));
            }
        }
        return people;
    }

    /** The 'Name:' and 'Designation:' fields just after line {@code at}. */
    private static Optional<PersonMention> contact(List<LabelledFields.Field> fields, int at, String role) {
        String name = null;
        String post = null;
        for (LabelledFields.Field field : fields) {
            if (field.index() <= at || field.index() > at + CONTACT_LINES) {
                continue;
            }
            if (field.is("name")) {
                name = PersonNames.name(field.value()).orElse(null);
            } else if (field.is("designation|job title|post|position|title")) {
                post = field.value();
            }
        }
        return name == null ? Optional.empty() : Optional.of(new PersonMention(name, role, post, null));
    }

    private static Optional<String> councilRole(String label) {
        return InspectionTeam.role(label).filter(COUNCIL_ROLES::contains);
    }

    /** The council role whose label ends the words ('... by contacting the report writer'), the longest label first. */
    private static Optional<String> roleAtEnd(String words) {
        String folded = Folding.fold(words);
        String[] tokens = folded.split(" ");
        for (int from = Math.max(0, tokens.length - 5); from < tokens.length; from++) {
            Optional<String> role = councilRole(String.join(" ", Arrays.copyOfRange(tokens, from, tokens.length)));
            if (role.isPresent()) {
                return role;
            }
        }
        return Optional.empty();
    }

    private static void add(List<PersonMention> people, PersonMention person) {
        if (people.stream().noneMatch(p -> p.name().equals(person.name()) && p.roleId().equals(person.roleId()))) {
            people.add(person);
        }
    }
}
