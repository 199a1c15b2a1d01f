package org.ofstedkg.loader.text;

import java.util.List;
import java.util.Objects;

/**
 * The normalised text of one document, the same whatever its format: lines in reading order with their character
 * offsets into {@link #text()} and the page each sits on, the page count, and the title the file's metadata gives.
 * Offsets into this text are what the graph's text selectors point at.
 *
 * <p>Normalised means: running page headers and footers and bare page numbers removed; white space trimmed at
 * line ends and runs of blank lines collapsed to one; bullet glyphs of every font and OCR rendering replaced by
 * {@value #BULLET} at the start of the line; lines kept as the source breaks them (joining them into sentences is
 * the extractors' business). Quotes and apostrophes are kept as printed.
 *
 * @param text the normalised text: the lines joined by '\n'
 * @param lines the lines, each with its offset into {@code text} and its page
 * @param pageCount the number of pages, 0 for formats without pages
 * @param mediaType the media type of the source ({@code application/pdf} ...)
 * @param title the title the file's metadata gives (PDF title, HTML title, first Markdown heading), or null
 */
public record ReportText(String text, List<Line> lines, int pageCount, String mediaType, String title) {

    /** The canonical bullet that replaces every bullet glyph at the start of a line. */
    public static final String BULLET = "\u2022";

    public ReportText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mediaType, "mediaType");
        lines = List.copyOf(lines);
    }

    /**
     * One line of the normalised text.
     *
     * @param text the line, trimmed; empty for a blank line
     * @param start its offset in {@link ReportText#text()}
     * @param page its page, from 1; 0 for formats without pages
     */
    public record Line(String text, int start, int page) {

        /** The offset just past the line's last character. */
        public int end() {
            return start + text.length();
        }

        public boolean isBlank() {
            return text.isEmpty();
        }
    }
}
