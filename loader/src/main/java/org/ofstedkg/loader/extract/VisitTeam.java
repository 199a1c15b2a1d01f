package org.ofstedkg.loader.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ofstedkg.loader.report.TeamMember;

/**
 * Reads the inspectors a letter names in its sentences: who the inspectors for the visit were ("Her Majesty's
 * Inspectors for this visit were Priya Castellano and Tom Okafor", "The visit was carried out by ...") and who led
 * it ("The visit was led by Ruth Lindqvist, HMI", "It was led by ..."). Only a sentence that says the visit or
 * inspection was led by someone makes them its lead; a signature alone does not.
 */
final class VisitTeam {

    static final String LEAD = "lead-inspector";
    static final String TEAM = "team-inspector";

    private static final String RANK = "(?:(?:His|Her|his|her) Majesty[\u2019']s [Ii]nspectors?|(?:[Tt]he )?[Ii]nspectors?)";
    private static final Pattern WERE = Pattern.compile("(" + RANK + ")\\s+(?:(?i:for|on|during|carrying out|who carried out)\\s+)"
            + "(?i:this|the)\\s+(?i:[a-z]+\\s+)?(?i:visit|inspection)\\s+(?i:were|was)\\s+(.+?)\\.?$");
    private static final Pattern CARRIED_OUT_BY = Pattern.compile("(?i:(?:visit|inspection)\\s+was\\s+(?:carried out|conducted|undertaken)\\s+by)"
            + "\\s+(" + RANK + ")?\\s*(.+?)\\.?$");
    private static final Pattern LED_BY = Pattern.compile("(?i:\\b(?:visit|inspection|it)\\s+was\\s+led\\s+by)\\s+(.+?)(?:\\s+(?i:with|supported by|assisted by)\\s+.*)?\\.?$");

    private VisitTeam() {}

    /** The inspectors the sentences name, leads first, each with the words that named their part. */
    static List<TeamMember> in(List<String> sentences) {
        List<TeamMember> leads = new ArrayList<>();
        List<TeamMember> team = new ArrayList<>();
        for (String sentence : sentences) {
            Matcher led = LED_BY.matcher(sentence);
            if (led.find()) {
                leads.addAll(InspectionTeam.members(led.group(1), LEAD, "led by"));
            }
            Matcher were = WERE.matcher(sentence);
            if (were.find()) {
                team.addAll(InspectionTeam.members(were.group(2), TEAM, were.group(1)));
                continue;
            }
            Matcher by = CARRIED_OUT_BY.matcher(sentence);
            if (by.find()) {
                team.addAll(InspectionTeam.members(by.group(2), TEAM, by.group(1) == null ? "carried out by" : by.group(1)));
            }
        }
        List<TeamMember> all = new ArrayList<>(leads);
        all.addAll(team);
        return all;
    }
}
