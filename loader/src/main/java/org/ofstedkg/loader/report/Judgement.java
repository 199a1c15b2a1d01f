package org.ofstedkg.loader.report;

/**
 * A grade an inspection gave in one judgement area.
 *
 * @param areaId the judgement area's local name in the area scheme ({@code help-and-protection})
 * @param gradeId the grade's local name in the grade scheme ({@code requires-improvement})
 * @param areaAsPrinted the area as the document prints it
 * @param gradeAsPrinted the grade as the document prints it
 */
public record Judgement(String areaId, String gradeId, String areaAsPrinted, String gradeAsPrinted) {}
