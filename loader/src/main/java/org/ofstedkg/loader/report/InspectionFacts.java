package org.ofstedkg.loader.report;

import java.time.LocalDate;
import java.util.List;
import org.ofstedkg.loader.gazetteer.Authority;

/**
 * What one document says about the inspection it reports or describes. A fact the document does not state is null
 * (or an empty list), never a guess.
 *
 * @param kindId the inspection kind's local name ({@code ilacs-standard}, {@code sif} ...)
 * @param kindBasis how the kind was told: the words or the rule
 * @param authority the inspected authority
 * @param authorityAsPrinted the authority's name as the document prints it
 * @param startDate the first day of fieldwork
 * @param endDate the last day of fieldwork
 * @param datesAsPrinted the dates as printed
 * @param publicationDate the day the report was published
 * @param judgements the grades, in the order the document gives them
 * @param team the inspectors named, lead first
 */
public record InspectionFacts(
        String kindId,
        String kindBasis,
        Authority authority,
        String authorityAsPrinted,
        LocalDate startDate,
        LocalDate endDate,
        String datesAsPrinted,
        LocalDate publicationDate,
        List<Judgement> judgements,
        List<TeamMember> team) {

    public InspectionFacts {
        judgements = List.copyOf(judgements);
        team = List.copyOf(team);
    }

    /** The lead inspector, or null when the document names none. */
    public TeamMember leadInspector() {
        return team.stream().filter(m -> "lead-inspector".equals(m.roleId())).findFirst().orElse(null);
    }
}
