package org.ofstedkg.loader.read.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.ofstedkg.loader.read.html.HtmlLines;
import org.ofstedkg.loader.text.ReportText;

/**
 * Markdown as the plain lines of its rendered page, parsed with commonmark-java (and its GitHub table extension)
 * rather than by patterns, so that emphasis, links, escapes, entities, inline HTML and nesting come out as a
 * browser shows them.
 *
 * <p>Headings lose their {@code #} marks, emphasis its {@code **} and {@code __}, links keep their text and lose
 * the address; items of a {@code -}, {@code *} or {@code +} list start with the bullet, items of a numbered list
 * with their number as the source writes it ({@code 1.}, {@code 3)}); a numbering such as {@code 5.9.1} is not a
 * Markdown list and stays as written. Each table row is one line of its cells joined by
 * {@value HtmlLines#CELL_SEPARATOR}; the separator row goes. Lines break where the source breaks them; blocks are
 * set apart by a blank line. HTML in the Markdown is read as {@link HtmlLines} reads it.
 *
 * @param text the lines, joined by line feeds
 * @param title the text of the first heading, or null
 */
record MarkdownLines(String text, String title) {

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();
    private static final Pattern ORDERED_MARKER = Pattern.compile("^[ \t]*(\\d{1,9}[.)])");
    private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");

    /** The lines of a Markdown text. */
    static MarkdownLines of(String markdown) {
        Writer writer = new Writer(markdown);
        writer.block(PARSER.parse(markdown));
        return new MarkdownLines(writer.out.toString(), writer.title);
    }

    private static final class Writer {

        private final String source;
        private final StringBuilder out = new StringBuilder();
        private String title;
        private int listDepth;

        Writer(String source) {
            this.source = source;
        }

        void block(Node node) {
            if (node instanceof Heading heading) {
                String text = inline(heading);
                if (title == null && !text.isBlank()) {
                    title = text.replace('\n', ' ');
                }
                separateBlock();
                out.append(text);
                separateBlock();
            } else if (node instanceof Paragraph paragraph) {
                separateBlock();
                out.append(inline(paragraph));
                separateBlock();
            } else if (node instanceof BulletList || node instanceof OrderedList) {
                separateBlock();
                listDepth++;
                children(node);
                listDepth--;
                separateBlock();
            } else if (node instanceof ListItem item) {
                item(item);
            } else if (node instanceof TableBlock) {
                separateBlock();
                table(node);
                separateBlock();
            } else if (node instanceof FencedCodeBlock code) {
                separateBlock();
                out.append(code.getLiteral());
                separateBlock();
            } else if (node instanceof IndentedCodeBlock code) {
                separateBlock();
                out.append(code.getLiteral());
                separateBlock();
            } else if (node instanceof HtmlBlock html) {
                separateBlock();
                out.append(HtmlLines.text(Jsoup.parseBodyFragment(html.getLiteral()).body()));
                separateBlock();
            } else if (node instanceof ThematicBreak || node instanceof LinkReferenceDefinition) {
                separateBlock();
            } else {
                children(node);
            }
        }

        private void item(ListItem item) {
            lineBreak();
            out.append(marker(item)).append(' ');
            Node child = item.getFirstChild();
            if (child instanceof Paragraph first) {
                out.append(inline(first));
                child = child.getNext();
            }
            for (; child != null; child = child.getNext()) {
                block(child);
            }
            lineBreak();
        }

        private String marker(ListItem item) {
            if (item.getParent() instanceof BulletList) {
                return ReportText.BULLET;
            }
            List<SourceSpan> spans = item.getSourceSpans();
            if (!spans.isEmpty()) {
                Matcher printed = ORDERED_MARKER.matcher(source.substring(spans.get(0).getInputIndex()));
                if (printed.lookingAt()) {
                    return printed.group(1);
                }
            }
            OrderedList list = (OrderedList) item.getParent();
            int number = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
            for (Node before = item.getPrevious(); before != null; before = before.getPrevious()) {
                number++;
            }
            return number + (list.getMarkerDelimiter() == null ? "." : list.getMarkerDelimiter());
        }

        private void table(Node table) {
            List<TableRow> rows = new ArrayList<>();
            collectRows(table, rows);
            for (TableRow row : rows) {
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        cells.add(inline(cell).replace('\n', ' ').strip());
                    }
                }
                lineBreak();
                out.append(String.join(HtmlLines.CELL_SEPARATOR, cells));
                lineBreak();
            }
        }

        private void collectRows(Node node, List<TableRow> rows) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof TableRow row) {
                    rows.add(row);
                } else {
                    collectRows(child, rows);
                }
            }
        }

        private void children(Node node) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                block(child);
            }
        }

        /** The inline content of a block, as text: the source's line breaks kept, all mark-up gone. */
        private String inline(Node parent) {
            StringBuilder text = new StringBuilder();
            appendInline(parent, text);
            return text.toString();
        }

        private void appendInline(Node parent, StringBuilder text) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof Text t) {
                    text.append(t.getLiteral());
                } else if (node instanceof Code code) {
                    text.append(code.getLiteral());
                } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                    text.append('\n');
                } else if (node instanceof HtmlInline html) {
                    if (LINE_BREAK_TAG.matcher(html.getLiteral()).matches()) {
                        text.append('\n');
                    }
                } else {
                    appendInline(node, text);
                }
            }
        }

        /** Starts a new block: on a new line, after a blank line at the top level, directly inside lists. */
        private void separateBlock() {
            lineBreak();
            if (listDepth == 0 && out.length() > 0 && !(out.length() >= 2 && out.charAt(out.length() - 2) == '\n')) {
                out.append('\n');
            }
        }

        private void lineBreak() {
            if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }
    }
}
