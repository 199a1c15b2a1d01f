package org.ofstedkg.service;

/** Small pieces of HTML, every text escaped: the only place pages are spelt. */
final class Html {

    private final StringBuilder out = new StringBuilder();

    private Html() {}

    /** Escapes text for an HTML element or a quoted attribute. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    static Html page(String title) {
        Html html = new Html();
        html.out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                // No icon: a browser would otherwise ask for /favicon.ico and log the 404 as an error.
                .append("<link rel=\"icon\" href=\"data:,\">\n<title>")
                .append(escape(title)).append(" - ofsted-kg</title>\n<style>")
                .append("body{font-family:sans-serif;max-width:60em;margin:1em auto;padding:0 1em;line-height:1.4}")
                .append("table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3em;")
                .append("text-align:left;vertical-align:top}code{font-size:.9em}.iri{color:#555}")
                .append("</style>\n</head>\n<body>\n");
        return html;
    }

    /** A piece of a page (a chart's text alternative), without the page around it. */
    static Html fragment() {
        return new Html();
    }

    /** The HTML written so far, for a fragment. */
    String text() {
        return out.toString();
    }

    Html heading(int level, String text) {
        out.append("<h").append(level).append('>').append(escape(text)).append("</h").append(level).append(">\n");
        return this;
    }

    Html paragraph(String rawHtml) {
        out.append("<p>").append(rawHtml).append("</p>\n");
        return this;
    }

    static String link(String href, String text) {
        return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
    }

    Html tableStart(String... headings) {
        out.append("<table>\n<tr>");
        for (String h : headings) {
            out.append("<th>").append(escape(h)).append("</th>");
        }
        out.append("</tr>\n");
        return this;
    }

    /** A row whose cells are already HTML. */
    Html row(String... rawCells) {
        out.append("<tr>");
        for (String cell : rawCells) {
            out.append("<td>").append(cell).append("</td>");
        }
        out.append("</tr>\n");
        return this;
    }

    Html tableEnd() {
        out.append("</table>\n");
        return this;
    }

    /** Appends HTML made elsewhere (a chart's figure). */
    Html raw(String rawHtml) {
        out.append(rawHtml);
        return this;
    }

    /**
     * Adds the chart libraries (served by this server from {@code /assets/}) and the script that draws every chart
     * of the page; without JavaScript the page keeps its tables and links.
     */
    Html chartScripts() {
        out.append("<style>.chart{margin:1em 0}.chart-scroll{overflow-x:auto;max-width:100%}.charts{display:flex;gap:2em;width:96vw;margin-left:50%;transform:translateX(-50%)}")
                .append(".charts>section{flex:1 1 0;min-width:0}</style>\n");
        for (String script : StaticFiles.CHART_SCRIPTS) {
            out.append("<script src=\"").append(escape(script)).append("\"></script>\n");
        }
        return this;
    }

    String end() {
        out.append("</body>\n</html>\n");
        return out.toString();
    }
}
