package org.ofstedkg.loader.report;

/**
 * One sentence of a report's narrative: what inspectors found, as printed, traced to its span of the normalised text.
 *
 * @param text the sentence, line wraps joined (a hyphen at a line end kept and joined without a space)
 * @param heading the heading of the section it sits in, or null
 * @param areaId the judgement area that section covers, or null
 * @param paragraphNumber the number printed against its paragraph, or null
 * @param start the offset of its first character in the normalised text
 * @param end the offset just past its last character; on one line, {@code text} is exactly the span
 * @param page the page it begins on, 0 for formats without pages
 */
public record Finding(String text, String heading, String areaId, String paragraphNumber, int start, int end, int page) {}
