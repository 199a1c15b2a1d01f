package org.ofstedkg.loader.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.ofstedkg.loader.read.UnreadableDocumentException.Reason;

/**
 * The characters of a text file (plain text, Markdown): UTF-8, or, where the bytes are not valid UTF-8, Windows-1252,
 * the encoding older Windows tools save text in. Rejects files that are empty, blank or binary.
 */
public final class TextContent {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextContent() {}

    /**
     * The file's text, without a byte-order mark.
     *
     * @throws UnreadableDocumentException {@link Reason#EMPTY} when it has no bytes or only white space,
     *     {@link Reason#BINARY} when {@link ContentSniffing#isBinary its content is binary}
     */
    public static String of(SourceFile file) throws UnreadableDocumentException {
        byte[] bytes = file.bytes();
        if (bytes.length == 0) {
            throw new UnreadableDocumentException(Reason.EMPTY, file.fileName(), "is empty");
        }
        if (ContentSniffing.isBinary(bytes)) {
            throw new UnreadableDocumentException(Reason.BINARY, file.fileName(), "is binary, not text");
        }
        String text = decode(bytes);
        if (text.isBlank()) {
            throw new UnreadableDocumentException(Reason.EMPTY, file.fileName(), "holds only white space");
        }
        return text;
    }

    /** Decodes UTF-8, falling back to Windows-1252 when the bytes are malformed as UTF-8; drops a leading BOM. */
    static String decode(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            text = new String(bytes, WINDOWS_1252);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
