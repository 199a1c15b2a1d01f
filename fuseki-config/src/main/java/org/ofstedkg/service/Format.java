package org.ofstedkg.service;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;

/**
 * The formats a description document is offered in, each with its media type and the file-name suffix that asks
 * for it without an {@code Accept} header. Turtle comes first: it is what a client that accepts anything gets.
 */
public enum Format {
    TURTLE("Turtle", "ttl", "text/turtle", Lang.TURTLE),
    JSON_LD("JSON-LD", "jsonld", "application/ld+json", Lang.JSONLD),
    RDF_XML("RDF/XML", "rdf", "application/rdf+xml", Lang.RDFXML),
    N_TRIPLES("N-Triples", "nt", "application/n-triples", Lang.NTRIPLES),
    HTML("HTML", "html", "text/html", null);

    private static final AcceptList OFFER =
            AcceptList.create(Arrays.stream(values()).map(Format::mediaType).toArray(String[]::new));

    private final String label;
    private final String suffix;
    private final String mediaType;
    private final Lang lang;

    Format(String label, String suffix, String mediaType, Lang lang) {
        this.label = label;
        this.suffix = suffix;
        this.mediaType = mediaType;
        this.lang = lang;
    }

    /** The format's usual name, for people. */
    public String label() {
        return label;
    }

    /** The file-name suffix, without the dot. */
    public String suffix() {
        return suffix;
    }

    /** The media type, as sent in {@code Content-Type}. */
    public String mediaType() {
        return mediaType;
    }

    /** The RDF syntax, or empty for the HTML page. */
    public Optional<Lang> lang() {
        return Optional.ofNullable(lang);
    }

    /** The format a suffix asks for. */
    public static Optional<Format> bySuffix(String suffix) {
        return Arrays.stream(values()).filter(f -> f.suffix.equals(suffix)).findFirst();
    }

    /**
     * The format that best fits an {@code Accept} header: Turtle when there is no header or it accepts anything
     * equally, empty when it accepts none of the offered formats (answer 406).
     */
    public static Optional<Format> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(TURTLE);
        }
        MediaType chosen;
        try {
            chosen = AcceptList.match(new AcceptList(accept), OFFER);
        } catch (RuntimeException e) {
            return Optional.of(TURTLE);
        }
        if (chosen == null) {
            return Optional.empty();
        }
        String type = chosen.getContentTypeStr();
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(type)).findFirst();
    }
}
