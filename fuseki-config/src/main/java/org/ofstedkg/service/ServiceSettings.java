package org.ofstedkg.service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.ofstedkg.loader.store.TextIndex;

/**
 * What a deployment of the service may choose, each with its default: the port, the database, the query timeout,
 * how many rows an HTML page shows, and the password file that turns on the authenticated update service.
 *
 * @param port the HTTP port; 0 asks for any free port (tests)
 * @param database the TDB2 database folder; empty for the in-memory twin ({@code config-test.ttl})
 * @param queryTimeout how long one SPARQL query may run before Fuseki cancels it
 * @param htmlRowCap the most rows an HTML page lists per table, so that a page of a big resource stays small
 * @param adminPasswordFile a Jetty password file ({@code user: password}); when present, and only then, the
 *        service {@code /ds-admin} accepts SPARQL Update and Graph Store writes from its users
 */
public record ServiceSettings(int port, Optional<Path> database, Duration queryTimeout, int htmlRowCap,
        Optional<Path> adminPasswordFile) {

    /** The usual Fuseki port. */
    public static final int DEFAULT_PORT = 3030;
    /** Long enough for every saved query on the full corpus, short enough that a runaway query is stopped. */
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
    /** More rows than any authority or inspection has, few enough for a page to load at once. */
    public static final int DEFAULT_HTML_ROW_CAP = 500;

    public ServiceSettings {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        Objects.requireNonNull(adminPasswordFile, "adminPasswordFile");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("not a port: " + port);
        }
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("the query timeout must be positive, not " + queryTimeout);
        }
        if (htmlRowCap < 1) {
            throw new IllegalArgumentException("the HTML row cap must be at least 1, not " + htmlRowCap);
        }
    }

    /** The defaults over a TDB2 database folder. */
    public static ServiceSettings forDatabase(Path database) {
        return new ServiceSettings(DEFAULT_PORT, Optional.of(database), DEFAULT_QUERY_TIMEOUT, DEFAULT_HTML_ROW_CAP,
                Optional.empty());
    }

    /** The defaults over the in-memory twin, on any free port: what tests start. */
    public static ServiceSettings inMemory() {
        return new ServiceSettings(0, Optional.empty(), DEFAULT_QUERY_TIMEOUT, DEFAULT_HTML_ROW_CAP, Optional.empty());
    }

    public ServiceSettings withPort(int newPort) {
        return new ServiceSettings(newPort, database, queryTimeout, htmlRowCap, adminPasswordFile);
    }

    public ServiceSettings withQueryTimeout(Duration timeout) {
        return new ServiceSettings(port, database, timeout, htmlRowCap, adminPasswordFile);
    }

    public ServiceSettings withHtmlRowCap(int cap) {
        return new ServiceSettings(port, database, queryTimeout, cap, adminPasswordFile);
    }

    public ServiceSettings withAdminPasswordFile(Path passwordFile) {
        return new ServiceSettings(port, database, queryTimeout, htmlRowCap, Optional.of(passwordFile));
    }

    /** Where the text index of a database lives: beside it, {@code DIR-text}, where {@code kg load} keeps it. */
    public Optional<Path> textIndex() {
        return database.map(TextIndex::folderOf);
    }
}
