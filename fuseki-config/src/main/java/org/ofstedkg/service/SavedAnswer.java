package org.ofstedkg.service;

/**
 * A saved query's successful answer as it was sent, to be sent again while the data has not changed.
 *
 * @param body the bytes of the answer
 * @param contentType its {@code Content-Type}
 * @param link its {@code Link} header (the other pages of a paginated query), or null when it has none
 */
record SavedAnswer(byte[] body, String contentType, String link) {}
