package org.ofstedkg.loader.store;

/**
 * A Fuseki service refused or failed a request of the loader: the credentials were refused (HTTP 401 or 403), the
 * server was not there, or it answered with an error. The message names the service and the status, never the
 * password.
 */
public final class EndpointException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String service;
    private final int status;

    public EndpointException(String service, int status, String message) {
        super(message);
        this.service = service;
        this.status = status;
    }

    /** The service's URL. */
    public String service() {
        return service;
    }

    /** The HTTP status of the answer; -1 when there was none. */
    public int status() {
        return status;
    }

    /** Whether the server refused the credentials. */
    public boolean credentialsRefused() {
        return status == 401 || status == 403;
    }
}
