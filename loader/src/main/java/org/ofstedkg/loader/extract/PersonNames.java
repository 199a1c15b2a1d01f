package org.ofstedkg.loader.extract;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a person's name in a run of words, as letters and council papers print them in address blocks, copy lists
 * and signatures: an honorific or two ("Mrs", "Cllr", "Professor") and two to five capitalised words, which may
 * include the particles of surnames ("de", "van"). The honorific is not part of the name.
 */
final class PersonNames {

    static final String HONORIFIC = "(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Cllr|Councillor|Sir|Dame|Lord|Lady|Revd|Rev|Reverend)\\.?";
    private static final Pattern LEADING_HONORIFICS = Pattern.compile("^(?:" + HONORIFIC + "\\s+)+");
    private static final Pattern NAME = Pattern.compile(
            "^\\p{Lu}[\\p{L}\u2019'.-]*(?:\\s+(?:\\p{Lu}[\\p{L}\u2019'.-]*|de|van|von|da|di|du|le|la|der|den|bin|al)){1,4}$");
    /**
     * Capitalised words that begin or name posts and bodies ("Chief Executive", "Children's Services"), which a
     * copy list can print where a name would stand; no personal name in these documents is made of them.
     */
    private static final Set<String> NOT_NAME_WORDS = Set.of("director", "chief", "executive", "head", "chair",
            "manager", "officer", "council", "board", "services", "service", "member", "inspector",
            "children's", "assistant", "deputy", "corporate", "strategic", "cabinet", "portfolio",
            "holder", "lead", "safeguarding", "partnership", "authority", "commissioner", "police", "nhs", "commission",
            "quality", "inspectorate", "probation", "constabulary", "ofsted", "operations", "regulation", "national",
            "regional", "trust", "department", "education", "schools", "families", "centre", "county", "city");

    private PersonNames() {}

    /** The name {@code words} are, without honorific; empty when they are not one person's name. */
    static Optional<String> name(String words) {
        String name = withoutHonorific(words).replaceAll("[,.;:]+$", "").strip();
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        for (String word : name.split("\\s+")) {
            if (NOT_NAME_WORDS.contains(Folding.fold(word))) {
                return Optional.empty();
            }
        }
        return Optional.of(name);
    }

    /** {@code words} without the honorifics they begin with. */
    static String withoutHonorific(String words) {
        return LEADING_HONORIFICS.matcher(MarkupResidue.singleSpaced(words)).replaceFirst("");
    }
}
