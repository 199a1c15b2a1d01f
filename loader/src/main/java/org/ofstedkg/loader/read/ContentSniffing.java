package org.ofstedkg.loader.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Tells what a file is from its bytes, for when its name lies: a PDF by its {@code %PDF-} header, an HTML page by
 * its opening tag, binary content by its control characters.
 */
public final class ContentSniffing {

    /** How far into a file a PDF header may sit; Acrobat reads a PDF whose header is within its first kilobyte. */
    static final int PDF_HEADER_REACH = 1024;

    /** Share of control characters above which content is binary, not text. */
    static final double BINARY_CONTROL_SHARE = 0.05;

    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final int HTML_SNIFF_LENGTH = 512;

    private ContentSniffing() {}

    /** Whether the content has a PDF header within its first kilobyte. */
    public static boolean isPdf(byte[] bytes) {
        int reach = Math.min(bytes.length, PDF_HEADER_REACH) - PDF_HEADER.length;
        for (int start = 0; start <= reach; start++) {
            if (startsWith(bytes, start, PDF_HEADER)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the content ends as a PDF must: with the {@code %%EOF} marker within its last kilobyte (writers may
     * add a line end or a little padding after it). A PDF without it was cut short, by a failed download or a full
     * disk, and has lost pages or the tables that say where its pages are.
     */
    public static boolean hasPdfEnd(byte[] bytes) {
        int from = Math.max(0, bytes.length - PDF_HEADER_REACH);
        for (int start = bytes.length - PDF_END.length; start >= from; start--) {
            if (startsWith(bytes, start, PDF_END)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the content opens as an HTML page: after any byte-order mark, white space and comments, a
     * {@code <!DOCTYPE}, {@code <html} or {@code <head} tag.
     */
    public static boolean isHtml(byte[] bytes) {
        int start = startsWith(bytes, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
        String head = new String(bytes, start, Math.min(bytes.length - start, HTML_SNIFF_LENGTH),
                StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int at = 0;
        while (true) {
            while (at < head.length() && Character.isWhitespace(head.charAt(at))) {
                at++;
            }
            if (!head.startsWith("<!--", at)) {
                break;
            }
            int close = head.indexOf("-->", at);
            if (close < 0) {
                return false;
            }
            at = close + 3;
        }
        return head.startsWith("<!doctype", at) || head.startsWith("<html", at) || head.startsWith("<head", at);
    }

    /**
     * Whether the content is binary: it holds a NUL byte, or more than {@value #BINARY_CONTROL_SHARE} of its
     * bytes are control characters other than tab, line feed, form feed, carriage return and escape.
     */
    public static boolean isBinary(byte[] bytes) {
        int control = 0;
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
            if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' && b != 0x1B) || b == 0x7F) {
                control++;
            }
        }
        return bytes.length > 0 && control > bytes.length * BINARY_CONTROL_SHARE;
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        if (bytes.length - at < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
