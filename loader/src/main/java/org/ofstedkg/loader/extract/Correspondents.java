package org.ofstedkg.loader.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ofstedkg.loader.gazetteer.Gazetteer;
import org.ofstedkg.loader.report.PersonMention;
import org.ofstedkg.loader.text.ReportText.Line;

/**
 * Reads the people a letter is addressed and copied to. An address block is read in one of three forms: one line
 * per addressee with commas ("Dr Alex Marlow, Director of Children's Services, Borsetshire County Council"); name,
 * post and organisation on lines of their own; or all of it run onto one line, where the salutation's surname tells
 * where the name ends. The organisation is the authority the gazetteer finds in the words; the post is what lies
 * between name and organisation. Copy lists are read in the comma form; entries that text extraction ran together
 * are parted where an authority's name is followed by a person's ("... Chester Council Nancy Palmer, Chair ...").
 * Entries that name no person (a government department) are passed over.
 */
final class Correspondents {

    static final String ADDRESSEE = "addressee";
    static final String COPY_RECIPIENT = "copy-recipient";

    private final Gazetteer gazetteer;

    Correspondents(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The addressees of an address block; {@code salutationName} is the words after "Dear", if any. */
    List<PersonMention> addressees(List<Line> block, Optional<String> salutationName) {
        if (block.isEmpty()) {
            return List.of();
        }
        String first = MarkupResidue.singleSpaced(block.get(0).text());
        if (first.contains(",") && PersonNames.name(first.substring(0, first.indexOf(','))).isPresent()) {
            List<PersonMention> people = new ArrayList<>();
            for (Line line : block) {
                commaEntry(List.of(MarkupResidue.singleSpaced(line.text()).split("\\s*,\\s*")), ADDRESSEE).ifPresent(people::add);
            }
            return people;
        }
        if (block.size() > 1 && PersonNames.name(first).isPresent()) {
            StringBuilder rest = new StringBuilder();
            block.subList(1, block.size()).forEach(line -> rest.append(line.text()).append(' '));
            String post = MarkupResidue.singleSpaced(block.get(1).text());
            return List.of(postAndOrganisation(PersonNames.name(first).get(), MarkupResidue.singleSpaced(rest.toString()), post));
        }
        if (salutationName.isEmpty()) {
            return List.of();
        }
        String surname = lastWord(salutationName.get());
        int at = wordAt(first, surname);
        if (at < 0) {
            return List.of();
        }
        Optional<String> name = PersonNames.name(first.substring(0, at + surname.length()));
        return name.map(n -> List.of(postAndOrganisation(n, first.substring(at + surname.length()).strip(), null)))
                .orElse(List.of());
    }

    /**
     * The people of a copy list, each a copy recipient. A line with no comma that names no person continues the
     * entry before it, which wrapped ("... Chair of Felpersham" / "Safeguarding Children Board").
     */
    List<PersonMention> copyRecipients(List<Line> list) {
        List<List<String>> entries = new ArrayList<>();
        for (Line line : list) {
            String text = MarkupResidue.singleSpaced(line.text());
            if (text.isEmpty()) {
                continue;
            }
            if (!text.contains(",") && PersonNames.name(text).isEmpty() && !entries.isEmpty()) {
                List<String> last = entries.get(entries.size() - 1);
                last.set(last.size() - 1, last.get(last.size() - 1) + " " + text);
                continue;
            }
            List<String> entry = new ArrayList<>();
            for (String segment : text.split("\\s*,\\s*")) {
                Optional<String[]> parted = entry.isEmpty() ? Optional.empty() : partedAtName(segment);
                if (parted.isPresent()) {
                    entry.add(parted.get()[0]);
                    entries.add(entry);
                    entry = new ArrayList<>();
                    entry.add(parted.get()[1]);
                } else {
                    entry.add(segment);
                }
            }
            entries.add(entry);
        }
        List<PersonMention> people = new ArrayList<>();
        entries.forEach(entry -> commaEntry(entry, COPY_RECIPIENT).ifPresent(people::add));
        return people;
    }

    /** A segment that is an authority's name followed by a person's, as {organisation, person}. */
    private Optional<String[]> partedAtName(String segment) {
        return AuthoritySpans.find(segment, gazetteer).flatMap(span -> {
            String after = segment.substring(span.end()).strip();
            return after.isEmpty() || PersonNames.name(after).isEmpty() ? Optional.empty()
                    : Optional.of(new String[] {segment.substring(0, span.end()).strip(), after});
        });
    }

    /** 'Name, post, organisation', 'Name, post' or 'Name'. */
    private static Optional<PersonMention> commaEntry(List<String> segments, String roleId) {
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> name = PersonNames.name(segments.get(0));
        if (name.isEmpty()) {
            return Optional.empty();
        }
        int n = segments.size();
        String post = n >= 3 ? String.join(", ", segments.subList(1, n - 1)) : n == 2 ? segments.get(1) : null;
        String organisation = n >= 3 ? segments.get(n - 1) : null;
        return Optional.of(new PersonMention(name.get(), roleId, blankToNull(post), blankToNull(organisation)));
    }

    /**
     * An addressee whose post and organisation are in {@code rest}: the organisation is the authority named there;
     * the post is what comes before it, or {@code postWithout} when no authority is named.
     */
    private PersonMention postAndOrganisation(String name, String rest, String postWithout) {
        Optional<AuthoritySpans.Span> organisation = AuthoritySpans.find(rest, gazetteer);
        if (organisation.isEmpty()) {
            return new PersonMention(name, ADDRESSEE, blankToNull(postWithout), null);
        }
        String post = rest.substring(0, organisation.get().start()).replaceAll("[,\\s]+$", "");
        return new PersonMention(name, ADDRESSEE, blankToNull(post), organisation.get().asPrinted());
    }

    private static int wordAt(String text, String word) {
        Matcher matcher = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word)
                + "(?![\\p{L}])").matcher(text);
        return matcher.find() ? matcher.start() : -1;
    }

    private static String lastWord(String words) {
        String[] all = words.strip().split("\\s+");
        return all[all.length - 1];
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
