package org.ofstedkg.service;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Saved queries' answers kept for as long as the data they were computed from: an answer is found only by a request
 * for the same query, parameters, page and format at the same {@link DataVersion}, so any write committed since
 * (a load through {@code /ds-admin}) makes it stale. Bounded in bytes, the least recently used answers going first;
 * an answer too big to be worth a large share of the room is not kept. Only successful answers are offered to it.
 * Safe to share between request threads.
 */
final class SavedAnswerCache {

    /**
     * What identifies an answer: the query, the request's parameters in canonical order (the page and an explicit
     * {@code format} among them, since both change the bytes), and the format answered.
     */
    record Key(String query, SortedMap<String, String> parameters, String format) {

        static Key of(String query, Map<String, String[]> parameters, String format) {
            SortedMap<String, String> canonical = new TreeMap<>();
            parameters.forEach((name, values) -> canonical.put(name, values.length == 0 ? "" : values[0]));
            return new Key(query, canonical, format);
        }
    }

    private record Entry(DataVersion version, SavedAnswer answer) {}

    private final long capacityBytes;
    private final long largestBytes;
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long heldBytes;
    private long hits;
    private long misses;

    /** A cache holding at most {@code capacityBytes} of answers, none bigger than {@code largestBytes}. */
    SavedAnswerCache(long capacityBytes, long largestBytes) {
        this.capacityBytes = capacityBytes;
        this.largestBytes = largestBytes;
    }

    /** The answer for {@code key} computed at {@code version}, or null; an answer from another version is dropped. */
    synchronized SavedAnswer get(Key key, DataVersion version) {
        Entry entry = entries.get(key);
        if (entry != null && entry.version().equals(version)) {
            hits++;
            return entry.answer();
        }
        if (entry != null) {
            remove(key);
        }
        misses++;
        return null;
    }

    /** Keeps {@code answer}, computed at {@code version}, unless it is too big; older answers make room for it. */
    synchronized void put(Key key, DataVersion version, SavedAnswer answer) {
        long size = answer.body().length;
        if (size > largestBytes || size > capacityBytes) {
            return;
        }
        remove(key);
        entries.put(key, new Entry(version, answer));
        heldBytes += size;
        Iterator<Map.Entry<Key, Entry>> eldest = entries.entrySet().iterator();
        while (heldBytes > capacityBytes && eldest.hasNext()) {
            heldBytes -= eldest.next().getValue().answer().body().length;
            eldest.remove();
        }
    }

    private void remove(Key key) {
        Entry gone = entries.remove(key);
        if (gone != null) {
            heldBytes -= gone.answer().body().length;
        }
    }

    /** How many requests an answer was found for (for tests and the curious). */
    synchronized long hits() {
        return hits;
    }

    /** How many requests found no answer of the current version. */
    synchronized long misses() {
        return misses;
    }

    /** The bytes of the answers held. */
    synchronized long heldBytes() {
        return heldBytes;
    }

    /** How many answers are held. */
    synchronized int size() {
        return entries.size();
    }
}
