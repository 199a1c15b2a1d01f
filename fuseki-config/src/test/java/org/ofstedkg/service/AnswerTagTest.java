package org.ofstedkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Answer tags: one per answer, version and server start; If-None-Match compared as RFC 9110 says. */
class AnswerTagTest {

    private static final SavedAnswerCache.Key KEY = SavedAnswerCache.Key.of("authorities",
            Map.of("region", new String[] {"North West"}), "csv");

    @Test
    void theTagChangesWithTheVersionTheKeyAndTheServerStartAndNothingElse() {
        String tag = AnswerTag.of("start-1", new DataVersion(5, 9), KEY);
        assertEquals(34, tag.length(), tag);
        assertTrue(tag.startsWith("\"") && tag.endsWith("\""), tag);
        assertEquals(tag, AnswerTag.of("start-1", new DataVersion(5, 9), SavedAnswerCache.Key.of("authorities",
                Map.of("region", new String[] {"North West"}), "csv")));
        assertNotEquals(tag, AnswerTag.of("start-1", new DataVersion(5, 10), KEY));
        assertNotEquals(tag, AnswerTag.of("start-1", new DataVersion(6, 9), KEY));
        assertNotEquals(tag, AnswerTag.of("start-2", new DataVersion(5, 9), KEY));
        assertNotEquals(tag, AnswerTag.of("start-1", new DataVersion(5, 9),
                SavedAnswerCache.Key.of("authorities", Map.of("region", new String[] {"North West"}), "json")));
    }

    @Test
    void ifNoneMatchNamesTheTagAloneInAListWeaklyOrByStar() {
        String tag = "\"0123\"";
        assertTrue(AnswerTag.matches("\"0123\"", tag));
        assertTrue(AnswerTag.matches("\"abcd\", \"0123\"", tag));
        assertTrue(AnswerTag.matches("W/\"0123\"", tag));
        assertTrue(AnswerTag.matches("*", tag));
        assertFalse(AnswerTag.matches("\"abcd\"", tag));
        assertFalse(AnswerTag.matches("0123", tag), "a tag is quoted");
        assertFalse(AnswerTag.matches(null, tag));
    }
}
