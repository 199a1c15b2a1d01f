package org.ofstedkg.queries;

import java.util.List;

/** A saved query was asked for by a name the catalogue does not have; the message lists the names it has. */
public final class UnknownQueryException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnknownQueryException(String name, List<String> known) {
        super("no saved query '" + name + "'; saved queries: " + String.join(", ", known));
    }
}
