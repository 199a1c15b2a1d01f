package org.ofstedkg.loader.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file offered to the loader, read once: its path, its bytes and their SHA-256, the key of the document's IRI.
 *
 * @param path where it was read from
 * @param bytes its content
 * @param sha256 the lower-case hex SHA-256 of its content
 */
public record SourceFile(Path path, byte[] bytes, String sha256) {

    /** Reads {@code path} whole and digests it. */
    public static SourceFile read(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        return new SourceFile(path, bytes, sha256(bytes));
    }

    /** A file whose content is already in hand (a download, a test's fixture), digested here. */
    public static SourceFile of(Path path, byte[] bytes) {
        return new SourceFile(path, bytes, sha256(bytes));
    }

    /** The file's name, as messages and the graph give it. */
    public String fileName() {
        return path.getFileName().toString();
    }

    /** The file name's extension in lower case, without the dot; empty when it has none. */
    public String extension() {
        String name = fileName();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
