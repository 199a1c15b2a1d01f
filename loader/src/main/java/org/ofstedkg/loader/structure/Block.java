package org.ofstedkg.loader.structure;

/**
 * One block of a document's body in reading order: a heading, a paragraph (numbered as printed, or not) or a list
 * item, with its text as read (line wraps joined by a space, a hyphen at a line end kept and joined without one).
 *
 * @param kind what the block is
 * @param number the paragraph number as printed ("17", "5.9.1"), or null
 * @param text the block's text without its number or bullet
 * @param heading the heading of the section it sits in, or null before the first heading
 * @param start the offset of its first character in the normalised text
 * @param end the offset just past its last character
 * @param page the page it begins on, 0 for formats without pages
 */
public record Block(Kind kind, String number, String text, String heading, int start, int end, int page) {

    /** The kinds of block. */
    public enum Kind { HEADING, PARAGRAPH, LIST_ITEM }
}
