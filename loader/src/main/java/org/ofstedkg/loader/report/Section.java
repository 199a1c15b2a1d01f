package org.ofstedkg.loader.report;

/**
 * A headed part of a document, in reading order: a judgement section ("The experiences and progress of children
 * in care: good"), the list of what needs to improve, a letter's body.
 *
 * @param heading the heading as printed, without the grade it repeats
 * @param areaId the judgement area it covers, or null
 * @param gradeAsPrinted the grade its heading repeats, or null
 * @param start the offset of the heading in the normalised text
 * @param end the offset where the section ends
 * @param page the page the heading sits on, 0 for formats without pages
 */
public record Section(String heading, String areaId, String gradeAsPrinted, int start, int end, int page) {}
