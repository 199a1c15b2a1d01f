package org.ofstedkg.loader.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words that decide a statement's polarity, read from a cue file: one phrase per line under a {@code [kind]}
 * header, {@code #} starting a comment. Phrases match whole words, unstemmed: a cue lists the inflections it means.
 *
 * @param phrases every cue of every kind, longest first
 */
record PolarityCues(List<Cue> phrases) {

    /** The bundled cue file. */
    static final String RESOURCE = "org/ofstedkg/loader/classify/polarity-cues.txt";

    /** What a cue says. */
    enum Kind {
        /** Praise of practice: 'effective', 'timely'. */
        STRENGTH,
        /** A shortfall: 'delay', 'inconsistent'. */
        WEAKNESS,
        /** Turns the cue after it round: 'not', 'no', 'without'. */
        NEGATOR,
        /** Qualifies praise into a shortfall: 'not always', 'mostly'. */
        HEDGE,
        /** Sets a clause against the one before, except at the start of a sentence: 'but', 'however'. */
        CONTRAST,
        /** Sets one clause against another wherever it stands: 'although', 'despite'. */
        CONCESSION,
        /** A contrast or concession that makes a statement mixed even when only one side has cues: 'but'. */
        TURN,
        /** Claims its words so that no other cue reads them: 'well-being', 'as well as'. */
        NEUTRAL,
        /** A heading whose items are weaknesses: 'what needs to improve'. */
        WEAKNESS_SECTION,
        /** A heading whose items are strengths: 'areas of strength'. */
        STRENGTH_SECTION;

        static Kind of(String header) {
            return valueOf(header.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /** One cue phrase: as written, and its lower-case words. */
    record Cue(Kind kind, String phrase, List<String> words) {}

    PolarityCues {
        phrases = phrases.stream()
                .sorted((a, b) -> Integer.compare(b.words().size(), a.words().size()))
                .toList();
    }

    /** The cues of one kind, longest first. */
    List<Cue> of(Kind kind) {
        return phrases.stream().filter(c -> c.kind() == kind).toList();
    }

    /** The bundled cues. */
    static PolarityCues standard() {
        try (InputStream in = PolarityCues.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Cues from a cue file.
     *
     * @throws IllegalArgumentException if a phrase comes before any header, or a header names no kind
     */
    static PolarityCues read(BufferedReader reader) throws IOException {
        List<Cue> cues = new ArrayList<>();
        Kind kind = null;
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            int hash = line.indexOf('#');
            String phrase = (hash >= 0 ? line.substring(0, hash) : line).trim();
            if (phrase.isEmpty()) {
                continue;
            }
            if (phrase.startsWith("[") && phrase.endsWith("]")) {
                try {
                    kind = Kind.of(phrase.substring(1, phrase.length() - 1));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("line " + lineNumber + ": no cue kind " + phrase, e);
                }
                continue;
            }
            if (kind == null) {
                throw new IllegalArgumentException("line " + lineNumber + ": '" + phrase + "' comes before any [kind]");
            }
            cues.add(new Cue(kind, phrase, EnglishTokens.words(phrase)));
        }
        return new PolarityCues(cues);
    }
}
