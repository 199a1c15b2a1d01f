package org.ofstedkg.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.ofstedkg.ontology.Iris;

/**
 * The pictures on an authority's page: its grades over time by judgement area (through the grade crosswalk), a heat
 * map of practice themes by inspection shaded by weakness statements and marked where the theme was an improvement
 * item, its recurring weaknesses with an evidence sentence from each inspection, and its statistical neighbours'
 * latest grades beside its own. Each chart is drawn from a saved query and has that query's CSV and a text
 * alternative beside it.
 */
final class AuthorityProfile {

    private final DatasetGraph dataset;

    AuthorityProfile(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** Appends the pictures of the authority with this Ofsted URN to its page. */
    void appendTo(Html html, String urn) {
        Map<String, String> authority = Map.of("authority", urn);
        List<Map<String, String>> grades = ChartRows.of(dataset, "grade-timeline", authority);
        List<Map<String, String>> weaknesses = ChartRows.of(dataset, "weakness-heatmap", authority);
        List<Map<String, String>> neighbours = ChartRows.of(dataset, "latest-grades", Map.of("neighbours", urn));
        html.heading(2, "Pictures");
        html.paragraph(Html.link("/compare?" + compareQuery(urn, neighbours), "Compare with its statistical neighbours")
                + " · " + Html.link(NationalOverview.PATH, "National overview"));
        if (!grades.isEmpty()) {
            html.heading(3, "Grades over time");
            html.raw(new Chart("grade-timeline", "grade-timeline", "grade-timeline", authority,
                    "Grades by judgement area at each inspection", years(grades)).html(gradeTable(grades)));
        }
        if (!weaknesses.isEmpty()) {
            html.heading(3, "Weaknesses by practice theme and inspection");
            html.raw(new Chart("weakness-heatmap", "weakness-heatmap", "weakness-heatmap", authority,
                    "Weakness statements by practice theme (rows) and inspection (columns); a dot marks an improvement item")
                    .html(weaknessTable(weaknesses)));
            recurringWeaknesses(html, weaknesses);
        }
        if (!neighbours.isEmpty()) {
            html.heading(3, "Statistical neighbours");
            html.raw(new Chart("neighbour-grades", "neighbour-grades", "latest-grades", Map.of("neighbours", urn),
                    "Latest overall grade of this authority and of its statistical neighbours").html(neighbourTable(neighbours)));
        }
        if (!grades.isEmpty() || !weaknesses.isEmpty() || !neighbours.isEmpty()) {
            html.chartScripts();
        }
    }

    /** The first and last year of these rows' {@code year} column, or none when no row has one. */
    static List<Integer> years(List<Map<String, String>> rows) {
        List<Integer> years = rows.stream().map(row -> row.getOrDefault("year", "")).filter(y -> !y.isEmpty())
                .map(Integer::valueOf).sorted().toList();
        return years.isEmpty() ? List.of() : List.of(years.get(0), years.get(years.size() - 1));
    }

    /** A grid of grades: one row per judgement area, one column per inspection. */
    static String gradeTable(List<Map<String, String>> grades) {
        Set<String> dates = new TreeSet<>();
        Map<String, Map<String, String>> byArea = new LinkedHashMap<>();
        for (Map<String, String> row : grades) {
            dates.add(row.get("end_date"));
            byArea.computeIfAbsent(row.get("area"), a -> new LinkedHashMap<>()).put(row.get("end_date"), row.get("grade"));
        }
        List<String> headings = new ArrayList<>(List.of("Judgement area"));
        headings.addAll(dates.stream().map(d -> d.isEmpty() ? "undated" : d).toList());
        Html table = Html.fragment().tableStart(headings.toArray(String[]::new));
        byArea.forEach((area, byDate) -> {
            List<String> cells = new ArrayList<>(List.of(Html.escape(area)));
            dates.forEach(d -> cells.add(Html.escape(byDate.getOrDefault(d, ""))));
            table.row(cells.toArray(String[]::new));
        });
        return table.tableEnd().text();
    }

    private static String weaknessTable(List<Map<String, String>> weaknesses) {
        Set<String> dates = new TreeSet<>();
        Map<String, Map<String, Map<String, String>>> byTheme = new LinkedHashMap<>();
        for (Map<String, String> row : weaknesses) {
            dates.add(row.get("end_date"));
            byTheme.computeIfAbsent(row.get("theme"), t -> new LinkedHashMap<>()).put(row.get("end_date"), row);
        }
        List<String> headings = new ArrayList<>(List.of("Theme"));
        headings.addAll(dates);
        Html table = Html.fragment();
        table.paragraph(byTheme.size() + " themes were weaknesses in " + dates.size() + " inspections. Each cell gives the "
                + "number of weakness statements (improvement items and weakness findings); * marks an improvement item.");
        table.tableStart(headings.toArray(String[]::new));
        byTheme.forEach((theme, byDate) -> {
            List<String> cells = new ArrayList<>(List.of(Html.escape(theme)));
            for (String date : dates) {
                Map<String, String> cell = byDate.get(date);
                cells.add(cell == null ? "" : Html.escape(cell.get("weakness_statements"))
                        + (Integer.parseInt(cell.get("improvement_items")) > 0 ? " *" : ""));
            }
            table.row(cells.toArray(String[]::new));
        });
        return table.tableEnd().text();
    }

    /** The themes weak in two or more inspections, with the evidence sentence each inspection gives. */
    private static void recurringWeaknesses(Html html, List<Map<String, String>> weaknesses) {
        List<Map<String, String>> recurring = weaknesses.stream()
                .filter(row -> Integer.parseInt(row.get("inspections_weak")) >= 2).toList();
        html.heading(3, "Recurring weaknesses");
        if (recurring.isEmpty()) {
            html.paragraph("No practice theme was a weakness in more than one of its inspections.");
            return;
        }
        Set<String> themes = new LinkedHashSet<>();
        recurring.forEach(row -> themes.add(row.get("theme")));
        html.paragraph(themes.size() + " practice themes were weaknesses in two or more of its inspections ("
                + Html.link(Chart.dataPath("weakness-heatmap",
                        Map.of("authority", recurring.get(0).get("authority_urn"))), "data as CSV") + ").");
        html.tableStart("Theme", "Inspection", "Weakness statements", "Evidence", "Source");
        for (Map<String, String> row : recurring) {
            html.row(Html.escape(row.get("theme")),
                    Html.link(LinkedDataPaths.localLink(row.get("inspection")), row.get("end_date")),
                    Html.escape(row.get("weakness_statements")),
                    Html.link(LinkedDataPaths.localLink(row.get("example")), row.get("example_text")),
                    Html.link(LinkedDataPaths.localLink(row.get("document")), row.get("file")));
        }
        html.tableEnd();
    }

    private static String neighbourTable(List<Map<String, String>> neighbours) {
        Html table = Html.fragment().tableStart("Authority", "Latest overall grade", "Inspection ended");
        for (Map<String, String> row : neighbours) {
            String name = Html.link(LinkedDataPaths.localLink(Iris.authority(row.get("authority_urn"))),
                    row.get("authority_name"));
            table.row("true".equals(row.get("is_self")) ? "<strong>" + name + "</strong> (this authority)" : name,
                    Html.escape(row.get("grade")), Html.link(LinkedDataPaths.localLink(row.get("inspection")), row.get("end_date")));
        }
        return table.tableEnd().text();
    }

    private static String compareQuery(String urn, List<Map<String, String>> neighbours) {
        List<String> urns = new ArrayList<>(List.of(urn));
        neighbours.stream().map(row -> row.get("authority_urn")).filter(u -> !u.equals(urn)).forEach(urns::add);
        return String.join("&", urns.stream().map(u -> "authority=" + u).toList());
    }
}
