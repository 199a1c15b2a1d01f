package org.ofstedkg.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The kept saved answers: found only at their data version, bounded in bytes, least recently used out first. */
class SavedAnswerCacheTest {

    private static final DataVersion FIRST = new DataVersion(7, 3);
    private static final DataVersion AFTER_A_LOAD = new DataVersion(7, 4);

    private static SavedAnswerCache.Key key(String query, String... parameters) {
        Map<String, String[]> given = new LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            given.put(parameters[i], new String[] {parameters[i + 1]});
        }
        return SavedAnswerCache.Key.of(query, given, "json");
    }

    private static SavedAnswer bytes(int size) {
        return new SavedAnswer(new byte[size], "application/sparql-results+json; charset=utf-8", null);
    }

    @Test
    void anAnswerIsFoundAtItsVersionOnlyAndDroppedWhenTheDataHasChanged() {
        SavedAnswerCache cache = new SavedAnswerCache(1000, 500);
        SavedAnswer answer = new SavedAnswer("rows".getBytes(StandardCharsets.UTF_8), "text/csv; charset=utf-8",
                "</queries/q?page=1>; rel=\"first\"");
        cache.put(key("q"), FIRST, answer);
        assertArrayEquals("rows".getBytes(StandardCharsets.UTF_8), cache.get(key("q"), FIRST).body());
        assertEquals("</queries/q?page=1>; rel=\"first\"", cache.get(key("q"), FIRST).link());
        assertNull(cache.get(key("q"), AFTER_A_LOAD));
        assertEquals(0, cache.size());
        assertEquals(0, cache.heldBytes());
        assertNull(cache.get(key("q"), FIRST), "the stale answer was dropped, not kept for its old version");
        assertEquals(2, cache.hits());
        assertEquals(2, cache.misses());
    }

    @Test
    void parametersInAnyOrderNameTheSameAnswerAndOtherValuesOrFormatsAnother() {
        assertEquals(key("q", "region", "North West", "page", "2"), key("q", "page", "2", "region", "North West"));
        assertFalse(key("q", "page", "2").equals(key("q", "page", "3")));
        assertFalse(key("q").equals(key("r")));
        assertFalse(SavedAnswerCache.Key.of("q", Map.of(), "csv").equals(SavedAnswerCache.Key.of("q", Map.of(), "json")));
    }

    @Test
    void theLeastRecentlyUsedAnswersMakeRoomAndTooBigAnAnswerIsNotKept() {
        SavedAnswerCache cache = new SavedAnswerCache(1000, 500);
        cache.put(key("a"), FIRST, bytes(400));
        cache.put(key("b"), FIRST, bytes(400));
        assertTrue(cache.get(key("a"), FIRST) != null, "a is now the more recently used");
        cache.put(key("c"), FIRST, bytes(400));
        assertEquals(2, cache.size());
        assertEquals(800, cache.heldBytes());
        assertNull(cache.get(key("b"), FIRST));
        assertEquals(400, cache.get(key("a"), FIRST).body().length);
        assertEquals(400, cache.get(key("c"), FIRST).body().length);

        cache.put(key("d"), FIRST, bytes(501));
        assertNull(cache.get(key("d"), FIRST));
        assertEquals(800, cache.heldBytes());

        cache.put(key("a"), FIRST, bytes(100));
        assertEquals(500, cache.heldBytes(), "a replaced answer gives back its bytes");
    }
}
