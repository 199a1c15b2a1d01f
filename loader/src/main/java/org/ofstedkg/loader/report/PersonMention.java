package org.ofstedkg.loader.report;

/**
 * A person a document names who is not on the inspection team: the director of children's services a letter is
 * addressed to, a copy recipient, the officer who wrote a committee paper.
 *
 * @param name the name as printed, without honorific
 * @param roleId the role's local name in the role scheme ({@code addressee})
 * @param roleAsPrinted the post or relation as printed, or null
 * @param organisationAsPrinted the organisation as printed, or null
 */
public record PersonMention(String name, String roleId, String roleAsPrinted, String organisationAsPrinted) {}
