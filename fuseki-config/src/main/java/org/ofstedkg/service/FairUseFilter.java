package org.ofstedkg.service;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Fair use of the public endpoint, before Fuseki sees a request: a request body over the size limit is answered
 * {@code 413}, whether it declares its length or streams in chunks; a client that has spent its query time for the
 * minute is answered {@code 429 Too Many Requests} with {@code Retry-After} (seconds), as Wikidata's query service
 * answers; a query whose OFFSET is over the cap is answered {@code 400} ({@link OffsetCap}). The time of every
 * request a client makes is charged to it, whatever the answer.
 */
final class FairUseFilter implements Filter {

    private static final String SPARQL_QUERY = "application/sparql-query";

    private final FairUseSettings settings;
    private final QueryTimeBudget budget;
    private final OffsetCap offsetCap;

    FairUseFilter(FairUseSettings settings) {
        this.settings = settings;
        this.budget = new QueryTimeBudget(settings.queryTimePerMinute());
        this.offsetCap = new OffsetCap(settings.maxOffset());
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse answer = (HttpServletResponse) response;
        long length = http.getContentLengthLong();
        if (length > settings.maxRequestBytes()) {
            refuse(answer, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "The request body of " + length
                    + " bytes is over this endpoint's limit of " + settings.maxRequestBytes() + " bytes.");
            return;
        }
        String client = client(http);
        long started = System.nanoTime();
        Duration wait = budget.waitFor(client, started);
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            answer.setHeader("Retry-After", Long.toString(seconds));
            refuse(answer, 429, "This client has used its " + settings.queryTimePerMinute().toSeconds()
                    + " s of query time per minute; retry after " + seconds + " s.");
            return;
        }
        HttpServletRequest passed = http;
        if (readsBody(http)) {
            byte[] body = bodyWithinLimit(http);
            if (body == null) {
                refuse(answer, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "The request body is over this "
                        + "endpoint's limit of " + settings.maxRequestBytes() + " bytes.");
                return;
            }
            passed = new HeldBody(http, body);
        }
        Optional<String> refusal = queryText(passed).flatMap(offsetCap::refusal);
        if (refusal.isPresent()) {
            refuse(answer, HttpServletResponse.SC_BAD_REQUEST, refusal.get());
            return;
        }
        try {
            chain.doFilter(passed, response);
        } finally {
            long now = System.nanoTime();
            budget.spend(client, now - started, now);
        }
    }

    /**
     * Whether the filter reads the body first: a query sent as the body ({@code application/sparql-query}), to see
     * its OFFSET, and any body sent in chunks without a declared length, to cap it. A form is left to Jetty, which
     * reads forms itself (not through a wrapper) and caps their size on its own.
     */
    private static boolean readsBody(HttpServletRequest request) {
        String type = request.getContentType() == null ? "" : request.getContentType();
        if (type.startsWith("application/x-www-form-urlencoded")) {
            return false;
        }
        return type.startsWith(SPARQL_QUERY) || request.getHeader("Transfer-Encoding") != null;
    }

    /** The query the request asks, if it asks one: the {@code query} parameter, or a body of a SPARQL query. */
    private static Optional<String> queryText(HttpServletRequest request) throws IOException {
        String type = request.getContentType() == null ? "" : request.getContentType();
        if (type.startsWith(SPARQL_QUERY)) {
            return Optional.of(new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        return Optional.ofNullable(request.getParameter("query"));
    }

    private String client(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return switch (settings.client()) {
            case ADDRESS -> address;
            case ADDRESS_AND_USER_AGENT -> address + " " + request.getHeader("User-Agent");
        };
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a body sent without a declared length (in chunks), up to one byte over the limit; null when it is over.
     * A body within the limit is small enough to hold, and Fuseki then reads it from memory.
     */
    private byte[] bodyWithinLimit(HttpServletRequest request) throws IOException {
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxRequestBytes() + 1));
        return body.length > settings.maxRequestBytes() ? null : body;
    }

    /** A request whose body has been read already, replayed from memory. */
    private static final class HeldBody extends HttpServletRequestWrapper {

        private final byte[] body;

        HeldBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
        }
    }
}
