package org.ofstedkg.service;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.ofstedkg.ontology.Iris;

/**
 * {@code /overview}: the country at a glance. The grade distribution by year and judgement area, the practice
 * themes most often weaknesses by year (a heat map), and every authority with its latest overall grade, sortable
 * by name, region, grade or date through links ({@code ?sort=grade&order=desc}), so sorting needs no JavaScript.
 */
final class NationalOverview extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The page's path. */
    static final String PATH = "/overview";
    /** How many themes the heat map shows. */
    static final String TOP_THEMES = "15";

    /** The columns the authorities table sorts by, with their headings and orders. */
    enum Sort {
        NAME("Authority", Comparator.comparing((Map<String, String> r) -> r.get("authority_name"))),
        REGION("Region", Comparator.comparing((Map<String, String> r) -> r.get("region"))),
        GRADE("Latest overall grade", Comparator.comparing((Map<String, String> r) -> Integer.parseInt(r.get("rank")))),
        DATE("Inspection ended", Comparator.comparing((Map<String, String> r) -> r.get("end_date")));

        final String heading;
        final Comparator<Map<String, String>> key;

        Sort(String heading, Comparator<Map<String, String>> key) {
            this.heading = heading;
            this.key = key;
        }

        /** The order of the rows: by this column, ties by name (always A to Z). */
        Comparator<Map<String, String>> order(boolean descending) {
            return (descending ? key.reversed() : key).thenComparing(r -> r.get("authority_name"));
        }

        String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final String datasetName;

    NationalOverview(String datasetName) {
        this.datasetName = datasetName;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String column = request.getParameter("sort");
        Sort sort;
        try {
            sort = column == null ? Sort.NAME : Sort.valueOf(column.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "sort by one of: name, region, grade, date");
            return;
        }
        boolean descending = "desc".equals(request.getParameter("order"));
        byte[] page = render(ServedDatasets.of(getServletContext(), datasetName), sort, descending)
                .getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html; charset=utf-8");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }

    static String render(DatasetGraph dataset, Sort sort, boolean descending) {
        List<Map<String, String>> distribution = ChartRows.of(dataset, "grade-distribution", Map.of());
        Map<String, String> top = Map.of("top", TOP_THEMES);
        List<Map<String, String>> themes = ChartRows.of(dataset, "weak-themes-by-year", top);
        List<Map<String, String>> authorities = new ArrayList<>(ChartRows.of(dataset, "latest-grades", Map.of()));
        Html html = Html.page("National overview").heading(1, "National overview");
        html.paragraph("Inspections of English local authority children's services in this graph, by year. "
                + Html.link("/compare", "Compare authorities") + ".");
        html.heading(2, "Grades by year and judgement area");
        html.raw(new Chart("grade-distribution", "grade-distribution", "grade-distribution", Map.of(),
                "Number of inspections giving each grade, by year, one panel per judgement area").html(distributionTable(distribution)));
        html.heading(2, "Practice themes most often weaknesses");
        html.raw(new Chart("weak-themes-by-year", "weak-themes-by-year", "weak-themes-by-year", top,
                "The " + TOP_THEMES + " practice themes most often weaknesses (rows), by year (columns), shaded by the share "
                        + "of the year's inspections").html(themeTable(themes)));
        html.heading(2, "Authorities by latest grade");
        authorities.sort(sort.order(descending));
        List<String> headings = new ArrayList<>();
        for (Sort column : Sort.values()) {
            boolean next = column == sort && !descending;
            String arrow = column != sort ? "" : descending ? " ▼" : " ▲";
            headings.add(Html.link(PATH + "?sort=" + column.parameter() + "&order=" + (next ? "desc" : "asc"),
                    column.heading) + Html.escape(arrow));
        }
        html.paragraph(authorities.size() + " authorities with a graded inspection; sort by a column's heading ("
                + Html.link(Chart.dataPath("latest-grades", Map.of()), "data as CSV") + ").");
        html.raw("<table class=\"sortable\">\n<tr>" + String.join("", headings.stream().map(h -> "<th>" + h + "</th>").toList())
                + "</tr>\n");
        for (Map<String, String> row : authorities) {
            html.row(Html.link(LinkedDataPaths.localLink(Iris.authority(row.get("authority_urn"))), row.get("authority_name")),
                    Html.escape(row.get("region")), Html.escape(row.get("grade")),
                    Html.link(LinkedDataPaths.localLink(row.get("inspection")), row.get("end_date")));
        }
        html.tableEnd();
        html.chartScripts();
        return html.end();
    }

    private static String distributionTable(List<Map<String, String>> rows) {
        Html table = Html.fragment().tableStart("Year", "Judgement area", "Grade", "Inspections");
        for (Map<String, String> row : rows) {
            table.row(Html.escape(row.get("year")), Html.escape(row.get("area")), Html.escape(row.get("grade")),
                    Html.escape(row.get("inspections")));
        }
        return table.tableEnd().text();
    }

    private static String themeTable(List<Map<String, String>> rows) {
        Html table = Html.fragment().tableStart("Theme", "Year", "Inspections with it as a weakness", "Share of the year's inspections");
        for (Map<String, String> row : rows) {
            table.row(Html.escape(row.get("theme")), Html.escape(row.get("year")), Html.escape(row.get("inspections")),
                    Html.escape(Math.round(Double.parseDouble(row.get("share")) * 100) + "%"));
        }
        return table.tableEnd().text();
    }
}
