package org.ofstedkg.loader.read.html;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.ofstedkg.loader.text.ReportText;

/**
 * The text of an HTML element as lines, the way a reader sees the page: each block element on its own lines,
 * paragraphs, headings, lists and tables set apart by a blank line; {@code <br>} a line break; each {@code <li>} a
 * line starting with the bullet; each {@code <tr>} one line of its cells joined by {@value #CELL_SEPARATOR}.
 * White space collapses as a browser collapses it, except inside {@code <pre>}. Scripts, styles and other
 * content a browser does not show are left out.
 */
public final class HtmlLines {

    /** What joins the cells of a table row. */
    public static final String CELL_SEPARATOR = " | ";

    private static final Set<String> HIDDEN = Set.of(
            "head", "script", "style", "noscript", "template", "svg", "iframe", "object", "canvas");
    private static final Set<String> PARAGRAPHS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "blockquote", "pre", "figure", "hr");
    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "body", "caption", "dd", "details", "dialog", "div", "dt", "fieldset",
            "figcaption", "footer", "form", "header", "hgroup", "legend", "li", "main", "menu", "nav", "section",
            "summary", "tbody", "tfoot", "thead", "option");
    private static final Pattern WHITE_SPACE = Pattern.compile("[ \t\n\r\f]+");

    private HtmlLines() {}

    /** The element's text, one line per line as described above. */
    public static String text(Element root) {
        Builder builder = new Builder();
        NodeTraversor.filter(builder, root);
        return builder.out.toString();
    }

    private static final class Builder implements NodeFilter {

        private final StringBuilder out = new StringBuilder();
        private int preDepth;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                appendText(preDepth > 0 ? text.getWholeText() : WHITE_SPACE.matcher(text.getWholeText()).replaceAll(" "));
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            String tag = element.normalName();
            if (HIDDEN.contains(tag)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("br")) {
                out.append('\n');
            } else if (tag.equals("tr")) {
                lineBreak();
                out.append(element.children().stream()
                        .filter(cell -> cell.normalName().equals("td") || cell.normalName().equals("th"))
                        .map(Element::text)
                        .collect(Collectors.joining(CELL_SEPARATOR)));
                lineBreak();
                return FilterResult.SKIP_CHILDREN;
            } else if (PARAGRAPHS.contains(tag)) {
                paragraphBreak();
            } else if (BLOCKS.contains(tag)) {
                lineBreak();
            }
            if (tag.equals("li")) {
                out.append(ReportText.BULLET).append(' ');
            } else if (tag.equals("pre")) {
                preDepth++;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("pre")) {
                    preDepth--;
                }
                if (PARAGRAPHS.contains(tag)) {
                    paragraphBreak();
                } else if (BLOCKS.contains(tag)) {
                    lineBreak();
                }
            }
            return FilterResult.CONTINUE;
        }

        private void appendText(String text) {
            boolean atLineStartOrSpace = out.length() == 0 || Character.isWhitespace(out.charAt(out.length() - 1));
            out.append(atLineStartOrSpace && preDepth == 0 ? text.stripLeading() : text);
        }

        private void lineBreak() {
            if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }

        private void paragraphBreak() {
            lineBreak();
            if (out.length() > 0 && !(out.length() >= 2 && out.charAt(out.length() - 2) == '\n')) {
                out.append('\n');
            }
        }
    }
}
