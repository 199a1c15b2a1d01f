package org.ofstedkg.loader.store;

import java.nio.file.Path;

/** A folder given as a database holds no TDB2 database. */
public final class NoDatabaseException extends Exception {

    private static final long serialVersionUID = 1L;

    public NoDatabaseException(Path directory) {
        super(directory + " holds no TDB2 database (create one with `kg init --db " + directory + "`)");
    }
}
