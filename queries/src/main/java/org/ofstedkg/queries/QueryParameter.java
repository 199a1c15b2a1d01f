package org.ofstedkg.queries;

/**
 * A parameter of a saved query, declared the grlc way: a variable {@code ?_name} (required) or {@code ?__name}
 * (optional) in the query text, bound to the caller's value, never pasted into the text.
 *
 * @param name the parameter's name ({@code authority})
 * @param variable the SPARQL variable it binds, without '?' ({@code __authority})
 * @param required whether the query needs a value
 * @param defaultValue the value from the header's {@code defaults}, or null
 */
public record QueryParameter(String name, String variable, boolean required, String defaultValue) {}
