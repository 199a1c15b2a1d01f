package org.ofstedkg.service;

import java.util.Optional;
import org.ofstedkg.ontology.Iris;

/**
 * How the project namespace maps onto the server's own paths, as Pubby maps it: a thing
 * {@code https://w3id.org/ofsted-kg/id/X} is served at {@code /id/X}, which names the thing and answers 303 to
 * its description document {@code /doc/X}; an ontology term {@code .../def/X} at {@code /def/X}, described at
 * {@code /doc/def/X} (the ontology itself, {@code .../def}, at {@code /doc/def}). A document's path may end in a
 * format's suffix ({@code /doc/X.ttl}).
 */
public final class LinkedDataPaths {

    /** Paths of things. */
    public static final String ID = "/id/";
    /** Paths of ontology terms. */
    public static final String DEF = "/def";
    /** Paths of description documents. */
    public static final String DOC = "/doc/";

    private LinkedDataPaths() {}

    /** A document asked for: what it describes, and the format its suffix names, if any. */
    public record DocumentRequest(String iri, Optional<Format> format) {}

    /** The IRI a thing's or term's path names ({@code /id/X} or {@code /def/X}), if it names one. */
    public static Optional<String> iriOfThing(String path) {
        if (path.startsWith(ID) && path.length() > ID.length()) {
            return Optional.of(Iris.ID + path.substring(ID.length()));
        }
        if (path.equals(DEF)) {
            return Optional.of(Iris.ONTOLOGY);
        }
        if (path.startsWith(DEF + "/") && path.length() > DEF.length() + 1) {
            return Optional.of(Iris.DEF + path.substring(DEF.length() + 1));
        }
        return Optional.empty();
    }

    /** The path of the document that describes an IRI of the namespace, without suffix. */
    public static Optional<String> documentPath(String iri) {
        if (iri.startsWith(Iris.ID)) {
            return Optional.of(DOC + iri.substring(Iris.ID.length()));
        }
        if (iri.equals(Iris.ONTOLOGY)) {
            return Optional.of(DOC + "def");
        }
        if (iri.startsWith(Iris.DEF)) {
            return Optional.of(DOC + "def/" + iri.substring(Iris.DEF.length()));
        }
        return Optional.empty();
    }

    /** The document a {@code /doc/...} path asks for, if it is one. */
    public static Optional<DocumentRequest> documentRequest(String path) {
        if (!path.startsWith(DOC) || path.length() <= DOC.length()) {
            return Optional.empty();
        }
        String rest = path.substring(DOC.length());
        Optional<Format> format = Optional.empty();
        int dot = rest.lastIndexOf('.');
        if (dot > rest.lastIndexOf('/')) {
            format = Format.bySuffix(rest.substring(dot + 1));
            if (format.isPresent()) {
                rest = rest.substring(0, dot);
            }
        }
        String iri;
        if (rest.equals("def")) {
            iri = Iris.ONTOLOGY;
        } else if (rest.startsWith("def/")) {
            iri = Iris.DEF + rest.substring("def/".length());
        } else {
            iri = Iris.ID + rest;
        }
        return Optional.of(new DocumentRequest(iri, format));
    }

    /**
     * Where a page links for an IRI: a thing or term of the namespace to its path on this server (so that a
     * reader stays on the deployment), anything else to itself.
     */
    public static String localLink(String iri) {
        if (iri.startsWith(Iris.ID)) {
            return ID + iri.substring(Iris.ID.length());
        }
        if (iri.equals(Iris.ONTOLOGY)) {
            return DEF;
        }
        if (iri.startsWith(Iris.DEF)) {
            return DEF + "/" + iri.substring(Iris.DEF.length());
        }
        return iri;
    }

    /** The canonical IRI of the document describing an IRI, in the given format or, without one, any. */
    public static String canonicalDocument(String iri, Optional<Format> format) {
        String path = documentPath(iri).orElseThrow(() -> new IllegalArgumentException("not in the namespace: " + iri));
        return Iris.BASE + path.substring(1) + format.map(f -> "." + f.suffix()).orElse("");
    }
}
