package org.ofstedkg.service;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ofstedkg.queries.AnswerPage;

/**
 * The links from one page of a paginated saved query to its first, previous, next and last pages, as grlc gives them:
 * an RFC 8288 {@code Link} header ({@code rel="first"}, {@code "prev"}, {@code "next"}, {@code "last"}; prev and next
 * only where there is such a page) and the same links above and below the HTML table. Each link is the request's
 * path and parameters (format included) with only {@code page} changed.
 */
final class PageLinks {

    private final String path;
    private final List<String> otherParameters = new ArrayList<>();
    private final AnswerPage page;

    /**
     * The links from {@code page}, answered at {@code path} for a request with {@code parameters} (the servlet
     * request's parameter map, in its order).
     */
    PageLinks(String path, Map<String, String[]> parameters, AnswerPage page) {
        this.path = path;
        this.page = page;
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (!parameter.getKey().equals(SavedQueryServlet.PAGE)) {
                for (String value : parameter.getValue()) {
                    otherParameters.add(encode(parameter.getKey()) + "=" + encode(value));
                }
            }
        }
    }

    /** The link to page {@code number}. */
    String href(int number) {
        List<String> parameters = new ArrayList<>(otherParameters);
        parameters.add(SavedQueryServlet.PAGE + "=" + number);
        return path + "?" + String.join("&", parameters);
    }

    /** The value of the {@code Link} header. */
    String header() {
        List<String> links = new ArrayList<>();
        for (String[] link : links()) {
            links.add("<" + link[1] + ">; rel=\"" + link[0] + "\"");
        }
        return String.join(", ", links);
    }

    /** The links as HTML, with where this page is. */
    String navigation() {
        StringBuilder html = new StringBuilder("<nav class=\"pages\"><p>Page ").append(page.number()).append(" of ")
                .append(page.lastPage()).append(" (").append(page.totalRows()).append(" rows, ").append(page.size())
                .append(" a page)");
        for (String[] link : links()) {
            html.append(" · <a rel=\"").append(link[0]).append("\" href=\"").append(Html.escape(link[1])).append("\">")
                    .append(words(link[0])).append("</a>");
        }
        return html.append("</p></nav>\n").toString();
    }

    /** Each link as its relation and target, in the order first, prev, next, last. */
    private List<String[]> links() {
        List<String[]> links = new ArrayList<>();
        links.add(new String[] {"first", href(1)});
        if (page.hasPrevious()) {
            links.add(new String[] {"prev", href(page.number() - 1)});
        }
        if (page.hasNext()) {
            links.add(new String[] {"next", href(page.number() + 1)});
        }
        links.add(new String[] {"last", href(page.lastPage())});
        return links;
    }

    private static String words(String relation) {
        return switch (relation) {
            case "prev" -> "previous page";
            case "next" -> "next page";
            default -> relation + " page";
        };
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
