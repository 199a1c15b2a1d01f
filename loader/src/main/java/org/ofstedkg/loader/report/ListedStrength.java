package org.ofstedkg.loader.report;

import java.util.List;

/**
 * An item of a document's list of strengths: a letter's "Strengths", the bullets a letter says were delivered
 * satisfactorily, a council paper's areas of strength. Shaped as {@link ImprovementItem}.
 *
 * @param text the item as printed, without its bullet or number, line wraps joined
 * @param number the number or label printed against it ("5.9.1"), or null
 * @param citedParagraphs the paragraph numbers it cites, as printed
 * @param heading the heading or lead-in it is listed under
 * @param start the offset of its first character in the normalised text
 * @param end the offset just past its last character
 * @param page the page it begins on, 0 for formats without pages
 */
public record ListedStrength(String text, String number, List<String> citedParagraphs, String heading, int start,
        int end, int page) {

    public ListedStrength {
        citedParagraphs = List.copyOf(citedParagraphs);
    }
}
