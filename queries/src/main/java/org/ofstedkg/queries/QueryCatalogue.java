package org.ofstedkg.queries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The saved queries the project ships ({@code queries/*.rq}, on the class path under {@value #FOLDER}), by name.
 * One catalogue drives the command line, the HTTP API and the tests.
 */
public final class QueryCatalogue {

    /** Where the queries sit on the class path. */
    public static final String FOLDER = "ofsted-kg/queries/";

    private final Map<String, SavedQuery> byName;

    private QueryCatalogue(Map<String, SavedQuery> byName) {
        this.byName = byName;
    }

    /**
     * The queries bundled with the project. In a jar, reading them opens the jar as a file system, which only one
     * caller at a time may hold: synchronized so that two readers of the catalogue do not meet, and reading through
     * the file system another holder (the server's static files) already opened.
     */
    public static synchronized QueryCatalogue bundled() {
        URL folder = QueryCatalogue.class.getClassLoader().getResource(FOLDER);
        if (folder == null) {
            throw new IllegalStateException(FOLDER + " is missing from the class path");
        }
        try {
            URI uri = folder.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem opened;
                try {
                    opened = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    // Someone else holds the jar open (the server's static files do, while it runs): read through
                    // theirs, and leave it to them to close.
                    return fromFolder(FileSystems.getFileSystem(uri).getPath(FOLDER));
                }
                try (FileSystem jar = opened) {
                    return fromFolder(jar.getPath(FOLDER));
                }
            }
            return fromFolder(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list " + folder, e);
        }
    }

    /** The queries in a folder of {@code .rq} files. */
    public static QueryCatalogue fromFolder(Path folder) throws IOException {
        Map<String, SavedQuery> queries = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".rq")).toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
                try (InputStream in = Files.newInputStream(file)) {
                    queries.put(name, SavedQuery.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new QueryCatalogue(queries);
    }

    public Collection<SavedQuery> queries() {
        return byName.values();
    }

    public List<String> names() {
        return new ArrayList<>(byName.keySet());
    }

    public Optional<SavedQuery> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The query of that name.
     *
     * @throws UnknownQueryException listing the names there are, when there is none of that name
     */
    public SavedQuery get(String name) {
        SavedQuery query = byName.get(name);
        if (query == null) {
            throw new UnknownQueryException(name, names());
        }
        return query;
    }
}
