package org.ofstedkg.service;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.sparql.core.DatasetGraph;
import org.ofstedkg.ontology.Iris;

/**
 * {@code /compare?authority=A&authority=B...}: two or more authorities side by side (an Ofsted URN or a name each):
 * their grades over time, then the practice themes that were weaknesses at every one of them and those that were
 * weaknesses at only one. Without authorities it shows the form that asks for them.
 */
final class ComparePage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The page's path. */
    static final String PATH = "/compare";

    private final String datasetName;

    ComparePage(String datasetName) {
        this.datasetName = datasetName;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] given = request.getParameterValues("authority");
        List<String> authorities = new ArrayList<>();
        if (given != null) {
            for (String authority : given) {
                if (!authority.isBlank() && !authorities.contains(authority.strip())) {
                    authorities.add(authority.strip());
                }
            }
        }
        byte[] page = render(ServedDatasets.of(getServletContext(), datasetName), authorities)
                .getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html; charset=utf-8");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }

    /** One authority's rows: its grades and its weaknesses. */
    private record Side(String given, String name, String urn, List<Map<String, String>> grades,
            List<Map<String, String>> weaknesses) {

        Set<String> weakThemes() {
            Set<String> themes = new LinkedHashSet<>();
            weaknesses.forEach(row -> themes.add(row.get("theme")));
            return themes;
        }
    }

    static String render(DatasetGraph dataset, List<String> authorities) {
        Html html = Html.page("Compare authorities").heading(1, "Compare authorities");
        StringBuilder form = new StringBuilder("<form method=\"get\" action=\"" + PATH + "\">");
        List<String> fields = new ArrayList<>(authorities);
        while (fields.size() < Math.max(2, authorities.size() + 1)) {
            fields.add("");
        }
        for (String value : fields) {
            form.append("<label>Authority (URN or name) <input name=\"authority\" value=\"").append(Html.escape(value))
                    .append("\"></label> ");
        }
        html.raw(form.append("<button type=\"submit\">Compare</button></form>\n").toString());
        html.paragraph(Html.link(NationalOverview.PATH, "National overview"));
        if (authorities.isEmpty()) {
            html.paragraph("Give two or more authorities to see their grades over time and their weaknesses side by side.");
            return html.end();
        }
        List<Side> sides = new ArrayList<>();
        for (String authority : authorities) {
            Map<String, String> parameter = Map.of("authority", authority);
            List<Map<String, String>> grades = ChartRows.of(dataset, "grade-timeline", parameter);
            List<Map<String, String>> weaknesses = ChartRows.of(dataset, "weakness-heatmap", parameter);
            List<Map<String, String>> any = grades.isEmpty() ? weaknesses : grades;
            sides.add(new Side(authority, any.isEmpty() ? authority : any.get(0).get("authority_name"),
                    any.isEmpty() ? null : any.get(0).get("authority_urn"), grades, weaknesses));
        }
        List<Map<String, String>> allGrades = new ArrayList<>();
        sides.forEach(side -> allGrades.addAll(side.grades()));
        List<Integer> years = AuthorityProfile.years(allGrades);
        html.heading(2, "Grades over time");
        html.raw("<div class=\"charts\">\n");
        int n = 0;
        for (Side side : sides) {
            n++;
            html.raw("<section>\n");
            html.heading(3, side.name());
            if (side.urn() == null) {
                html.paragraph("No graded inspection or weakness of '" + Html.escape(side.given()) + "' is in the graph.");
            } else {
                html.paragraph(Html.link(LinkedDataPaths.localLink(Iris.authority(side.urn())), "Profile of " + side.name()));
                if (!side.grades().isEmpty()) {
                    html.raw(new Chart("grade-timeline-" + n, "grade-timeline", "grade-timeline", Map.of("authority", side.urn()),
                            "Grades of " + side.name() + " by judgement area at each inspection", years)
                            .html(AuthorityProfile.gradeTable(side.grades())));
                }
            }
            html.raw("</section>\n");
        }
        html.raw("</div>\n");
        weaknesses(html, sides);
        html.chartScripts();
        return html.end();
    }

    /** The themes weak at every authority compared, then those weak at one of them only. */
    private static void weaknesses(Html html, List<Side> sides) {
        html.heading(2, "Shared weaknesses");
        Set<String> shared = new LinkedHashSet<>(sides.get(0).weakThemes());
        sides.forEach(side -> shared.retainAll(side.weakThemes()));
        List<String> headings = new ArrayList<>(List.of("Theme"));
        sides.forEach(side -> headings.add(side.name() + ": inspections weak"));
        if (shared.isEmpty()) {
            html.paragraph("No practice theme was a weakness at every one of them.");
        } else {
            html.paragraph(shared.size() + " practice themes were weaknesses at every one of them (counts: the inspections "
                    + "in which the theme was weak; data: " + dataLinks(sides) + ").");
            html.tableStart(headings.toArray(String[]::new));
            for (String theme : shared.stream().sorted().toList()) {
                List<String> cells = new ArrayList<>(List.of(Html.escape(theme)));
                sides.forEach(side -> cells.add(Html.escape(inspectionsWeak(side, theme))));
                html.row(cells.toArray(String[]::new));
            }
            html.tableEnd();
        }
        html.heading(2, "Distinct weaknesses");
        Map<String, List<String>> distinct = new LinkedHashMap<>();
        for (Side side : sides) {
            List<String> own = new ArrayList<>();
            for (String theme : side.weakThemes()) {
                if (sides.stream().filter(other -> other != side).noneMatch(other -> other.weakThemes().contains(theme))) {
                    own.add(theme);
                }
            }
            distinct.put(side.name(), own.stream().sorted().toList());
        }
        html.tableStart("Authority", "Themes weak there only");
        distinct.forEach((name, themes) -> html.row(Html.escape(name),
                themes.isEmpty() ? "none" : Html.escape(String.join(", ", themes))));
        html.tableEnd();
    }

    private static String inspectionsWeak(Side side, String theme) {
        return side.weaknesses().stream().filter(row -> row.get("theme").equals(theme)).findFirst()
                .map(row -> row.get("inspections_weak")).orElse("");
    }

    private static String dataLinks(List<Side> sides) {
        List<String> links = new ArrayList<>();
        for (Side side : sides) {
            if (side.urn() != null) {
                links.add(Html.link(Chart.dataPath("weakness-heatmap", Map.of("authority", side.urn())), side.name()));
            }
        }
        return String.join(", ", links);
    }
}
