package org.ofstedkg.loader.report;

import java.util.List;

/**
 * An item of a document's list of what needs to improve: a recommendation, an area for improvement, for development
 * or for priority action. Sub-bullets stay inside the item, each as a new line {@code "\n - ..."}.
 *
 * @param text the item as printed, without its bullet or number, line wraps joined
 * @param number the number or label printed against it ("3", "151", "5.9.1"), or null
 * @param citedParagraphs the paragraph numbers the item cites as its evidence, as printed, in order of first mention
 * @param heading the heading it is listed under, as printed
 * @param start the offset of its first character in the normalised text
 * @param end the offset just past its last character (its last sub-bullet's)
 * @param page the page it begins on, 0 for formats without pages
 */
public record ImprovementItem(String text, String number, List<String> citedParagraphs, String heading, int start,
        int end, int page) {

    public ImprovementItem {
        citedParagraphs = List.copyOf(citedParagraphs);
    }
}
