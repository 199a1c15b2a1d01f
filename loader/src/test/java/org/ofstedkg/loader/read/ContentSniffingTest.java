package org.ofstedkg.loader.read;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentSniffingTest {

    @Test
    void knowsAnHtmlPageByItsDoctypeOrOpeningTagAfterBomWhiteSpaceAndComments() {
        assertTrue(ContentSniffing.isHtml(utf8("<!DOCTYPE html>\n<html lang=\"en\">")));
        assertTrue(ContentSniffing.isHtml(utf8("\uFEFF\n  <html>")));
        assertTrue(ContentSniffing.isHtml(utf8("<!-- saved from Borsetshire -->\n<HTML>")));
        assertTrue(ContentSniffing.isHtml(utf8("\t<head><title>Report not found</title>")));
    }

    @Test
    void doesNotTakeTextThatMerelyMentionsHtmlForAPage() {
        assertFalse(ContentSniffing.isHtml(utf8("The Borsetshire page <html> is gone")));
        assertFalse(ContentSniffing.isHtml(utf8("%PDF-1.7\n<html>")));
        assertFalse(ContentSniffing.isHtml(new byte[0]));
    }

    @Test
    void knowsAPdfByItsHeaderWithinTheFirstKilobyte() {
        assertTrue(ContentSniffing.isPdf(utf8("%PDF-1.4\n")));
        assertTrue(ContentSniffing.isPdf(utf8("\r\n\r\n%PDF-1.7")));
        assertFalse(ContentSniffing.isPdf(utf8(" ".repeat(ContentSniffing.PDF_HEADER_REACH) + "%PDF-1.7")));
        assertFalse(ContentSniffing.isPdf(utf8("%PD")));
    }

    @Test
    void knowsAWholePdfByItsEndMarkerWithinTheLastKilobyte() {
        assertTrue(ContentSniffing.hasPdfEnd(utf8("%PDF-1.4\n...\n%%EOF")));
        assertTrue(ContentSniffing.hasPdfEnd(utf8("%PDF-1.4\n%%EOF\r\n" + " ".repeat(1000))));
        assertFalse(ContentSniffing.hasPdfEnd(utf8("%PDF-1.4\n%%EOF" + " ".repeat(ContentSniffing.PDF_HEADER_REACH))));
        assertFalse(ContentSniffing.hasPdfEnd(utf8("%PDF-1.4\nstream\nx")));
    }

    @Test
    void takesContentWithANulByteOrManyControlCharactersAsBinary() {
        assertTrue(ContentSniffing.isBinary(new byte[] {'B', 'o', 0, 'r'}));
        assertTrue(ContentSniffing.isBinary(new byte[] {1, 2, 3, 'a', 'b', 'c', 'd', 'e', 'f', 'g'}));
        assertFalse(ContentSniffing.isBinary(utf8("Borsetshire\tGood\r\n\fPage two\u001B")));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
