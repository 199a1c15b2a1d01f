package org.ofstedkg.queries;

/**
 * A caller's parameters do not fit a saved query: a value of the wrong type or outside its enumeration, a
 * parameter the query does not have, or a required one missing. The message names the parameter and says what it
 * expects, so that the command line and the HTTP API can show it as it is.
 */
public final class ParameterException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ParameterException(String message) {
        super(message);
    }
}
