package org.ofstedkg.loader.report;

/**
 * An inspector named as taking part in an inspection.
 *
 * @param name the name as printed, without title ("Sarah Urding")
 * @param roleId the role's local name in the role scheme ({@code lead-inspector})
 * @param roleAsPrinted the role as printed ("Lead inspector")
 * @param titleAsPrinted the rank or post-nominal as printed ("HMI", "His Majesty's Inspector"), or null
 */
public record TeamMember(String name, String roleId, String roleAsPrinted, String titleAsPrinted) {}
