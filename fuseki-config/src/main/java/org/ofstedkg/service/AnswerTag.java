package org.ofstedkg.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The HTTP entity tags of saved queries' answers and the test of a conditional request against them. A tag names the
 * answer's key and the {@link DataVersion} it was computed at, plus the server's start: a commit count starts again
 * when a database is reopened, so without it a client's tag from before a restart could wrongly match data loaded
 * offline since. The same key at the same version gives the same bytes, so the tags are strong.
 */
final class AnswerTag {

    private AnswerTag() {}

    /** The tag of the answer for {@code key} at {@code version}, on a server started at {@code serverStart}. */
    static String of(String serverStart, DataVersion version, SavedAnswerCache.Key key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((serverStart + "\n" + version + "\n" + key)
                    .getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * Whether an {@code If-None-Match} header names {@code tag}, so the client's copy is current and the answer is
     * 304 Not Modified: {@code *}, or a list of tags compared weakly as RFC 9110 says for this header.
     */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String given : ifNoneMatch.split(",")) {
            String candidate = given.trim();
            if (candidate.equals("*")) {
                return true;
            }
            if (candidate.startsWith("W/")) {
                candidate = candidate.substring(2);
            }
            if (candidate.equals(tag)) {
                return true;
            }
        }
        return false;
    }
}
