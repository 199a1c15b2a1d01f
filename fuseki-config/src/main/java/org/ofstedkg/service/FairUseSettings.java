package org.ofstedkg.service;

import java.time.Duration;
import java.util.Objects;

/**
 * What the public endpoint allows one client, each with its default: how much query time per minute, how large a
 * request body, and how deep an OFFSET. A client is told apart by its address and User-Agent (or, where many users share one agent string
 * that means nothing, by address alone).
 *
 * @param queryTimePerMinute the time the server may spend on one client's requests in any minute, on average
 * @param maxRequestBytes the largest request body accepted
 * @param client what tells one client from another
 * @param maxOffset the largest OFFSET a query may ask for (see {@link OffsetCap} for why there is one)
 */
public record FairUseSettings(Duration queryTimePerMinute, long maxRequestBytes, ClientKey client, long maxOffset) {

    /** What tells one client from another. */
    public enum ClientKey {
        /** The remote address and the User-Agent header, as Wikidata's query service tells clients apart. */
        ADDRESS_AND_USER_AGENT,
        /** The remote address alone. */
        ADDRESS
    }

    /** The option that sets {@link #queryTimePerMinute} in seconds, and what it means. */
    public static final String QUERY_TIME_KEY = "query-seconds-per-minute";
    public static final String QUERY_TIME_DESCRIPTION = "Query time one client may use per minute on the public "
            + "endpoint; beyond it the client is answered 429 with Retry-After until its budget refills.";
    /** A minute per minute, as Wikidata's query service allows: two runaway queries spend it, ordinary use never. */
    public static final Duration DEFAULT_QUERY_TIME_PER_MINUTE = Duration.ofSeconds(60);

    /** The option that sets {@link #maxRequestBytes}, and what it means. */
    public static final String MAX_REQUEST_KEY = "max-request-bytes";
    public static final String MAX_REQUEST_DESCRIPTION =
            "The largest request body the public endpoint reads; a larger one is answered 413.";
    /** 1 MiB: a thousand times a long saved query, far below what it takes to tie up the parser. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;

    /** The option that sets {@link #client}, and what it means. */
    public static final String CLIENT_KEY = "fair-use-client";
    public static final String CLIENT_DESCRIPTION =
            "What tells clients apart for the query-time budget: ADDRESS_AND_USER_AGENT or ADDRESS.";
    public static final ClientKey DEFAULT_CLIENT = ClientKey.ADDRESS_AND_USER_AGENT;

    /** The option that sets {@link #maxOffset}, and what it means. */
    public static final String MAX_OFFSET_KEY = "max-offset";
    public static final String MAX_OFFSET_DESCRIPTION = "The largest OFFSET a query on the public endpoint may ask "
            + "for; a larger one is refused with 400, because ARQ cannot cancel the skipping at the timeout.";
    /** Skipping a million rows takes about a second: well within the timeout, and deep enough to page through any table. */
    public static final long DEFAULT_MAX_OFFSET = 1_000_000;

    public FairUseSettings {
        Objects.requireNonNull(queryTimePerMinute, "queryTimePerMinute");
        Objects.requireNonNull(client, "client");
        if (queryTimePerMinute.isNegative() || queryTimePerMinute.isZero()) {
            throw new IllegalArgumentException("the query time per minute must be positive, not " + queryTimePerMinute);
        }
        if (maxOffset < 0) {
            throw new IllegalArgumentException("the OFFSET limit must not be negative, not " + maxOffset);
        }
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("the request size limit must be at least one byte, not " + maxRequestBytes);
        }
    }

    /** The defaults. */
    public static FairUseSettings defaults() {
        return new FairUseSettings(DEFAULT_QUERY_TIME_PER_MINUTE, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_CLIENT,
                DEFAULT_MAX_OFFSET);
    }

    public FairUseSettings withQueryTimePerMinute(Duration time) {
        return new FairUseSettings(time, maxRequestBytes, client, maxOffset);
    }

    public FairUseSettings withMaxRequestBytes(long bytes) {
        return new FairUseSettings(queryTimePerMinute, bytes, client, maxOffset);
    }

    public FairUseSettings withClient(ClientKey key) {
        return new FairUseSettings(queryTimePerMinute, maxRequestBytes, key, maxOffset);
    }

    public FairUseSettings withMaxOffset(long offset) {
        return new FairUseSettings(queryTimePerMinute, maxRequestBytes, client, offset);
    }
}
