package org.ofstedkg.loader.read.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Damage in a PDF's bytes that PDFBox would otherwise repair or ignore, found so that a damaged report is rejected
 * rather than loaded with text that may differ from what was published.
 *
 * <p>PDFBox parses leniently by default: it rebuilds a broken cross-reference table by scanning the file, reads an
 * object it cannot parse as null (a page or a font then silently goes missing), and its Flate filter logs and
 * swallows a corrupt stream, returning what it inflated before the fault. Here the document is opened with PDFBox's
 * strict parser ({@link PDFParser#parse(boolean)} with {@code false}), which throws where the lenient one rebuilds
 * the cross-reference table; then every object written directly in the file is parsed, and one that does not parse
 * (a damaged dictionary, an object header or {@code endobj} that does not match, a stream whose length is wrong)
 * is damage; then every Flate stream among them, object streams included, is inflated with {@link Inflater},
 * whose Adler-32 check and Huffman decoding catch flipped bits in compressed data.
 *
 * <p>Image streams are not inflated: the loader reads only text, so a flip in an image's pixels changes nothing it
 * loads, and images are most of a report's bytes. A flip in a byte nothing reads (padding, an unused object's
 * innards, an image) is not damage to the report and the file loads. Across the 258 real reports of the shared
 * corpus none shows any of these kinds of damage.
 */
final class PdfDamage {

    private static final int BUFFER = 64 * 1024;

    private PdfDamage() {}

    /**
     * Opens a PDF with PDFBox's strict parser. Fails with an {@link IOException} when the cross-reference table or
     * trailer is damaged (the lenient parser would rebuild them by scanning the file), or when the document needs a
     * password.
     */
    static Opened open(byte[] bytes, StreamCacheCreateFunction cache) throws IOException {
        PDFParser parser = new PDFParser(new RandomAccessReadBuffer(bytes), "", null, null, cache);
        return new Opened(parser.parse(false), parser);
    }

    /** A document opened strictly, with the parser that reads its objects on demand. */
    record Opened(PDDocument document, PDFParser parser) {}

    /**
     * The first damage found in an opened document, as one phrase naming the object and the fault
     * ({@code object 11 0: corrupt Flate stream (Adler-32 checksum mismatch)}), or empty when there is none.
     */
    static Optional<String> find(Opened opened) throws IOException {
        COSDocument cos = opened.document().getDocument();
        List<COSObjectKey> keys = new ArrayList<>();
        // Only objects written directly in the file are parsed here: an object kept in an object stream is written
        // as it was when its stream inflates whole, and reports keep most of their objects (the tagged structure,
        // a hundred thousand elements across the corpus, that extraction never reads) in object streams.
        cos.getXrefTable().forEach((key, offset) -> {
            if (offset != null && offset > 0) {
                keys.add(key);
            }
        });
        keys.sort(null);
        for (COSObjectKey key : keys) {
            if (Thread.currentThread().isInterrupted()) {
                throw new java.io.InterruptedIOException("abandoned while checking object " + name(key));
            }
            COSObject object = cos.getObjectFromPool(key);
            COSBase value;
            try {
                value = object.isDereferenced() ? object.getObject() : opened.parser().dereferenceCOSObject(object);
            } catch (IOException | RuntimeException e) {
                return Optional.of("object " + name(key) + ": " + PdfReportReader.oneLine(e));
            }
            if (value == null || value instanceof COSNull) {
                // The strict parser too turns an object it cannot parse into null; a report has no null objects.
                return Optional.of("object " + name(key) + " cannot be parsed");
            }
            if (value instanceof COSStream stream && isFlate(stream)
                    && !COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
                Optional<String> fault = inflationFault(stream);
                if (fault.isPresent()) {
                    return Optional.of("object " + name(key) + ": corrupt Flate stream (" + fault.get() + ")");
                }
            }
        }
        return Optional.empty();
    }

    /** Whether Flate is the stream's first (or only) filter, so that its raw bytes are a zlib stream. */
    private static boolean isFlate(COSStream stream) {
        COSBase filters = stream.getFilters();
        if (filters instanceof COSArray array) {
            return array.size() > 0 && COSName.FLATE_DECODE.equals(array.getObject(0));
        }
        return COSName.FLATE_DECODE.equals(filters);
    }

    /** Why the stream's raw bytes are not a whole zlib stream, or empty when they inflate to the end. */
    private static Optional<String> inflationFault(COSStream stream) throws IOException {
        byte[] raw;
        try (InputStream in = stream.createRawInputStream()) {
            raw = in.readAllBytes();
        }
        if (raw.length == 0) {
            // An empty stream marked Flate, as PDFBox itself writes for a page with nothing drawn: nothing to damage.
            return Optional.empty();
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(raw);
            byte[] out = new byte[BUFFER];
            while (!inflater.finished()) {
                if (Thread.currentThread().isInterrupted()) {
                    // A compression bomb inflates for a long time: stop when the loader abandons the document.
                    throw new java.io.InterruptedIOException("abandoned while inflating a stream");
                }
                int inflated = inflater.inflate(out);
                if (inflated == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    return Optional.of("ends before its data is complete");
                }
            }
            return Optional.empty();
        } catch (DataFormatException e) {
            // zlib's messages name the fault: "incorrect data check" is a failed Adler-32 checksum.
            String message = e.getMessage() == null ? "invalid data" : e.getMessage();
            return Optional.of(message.equals("incorrect data check") ? "Adler-32 checksum mismatch" : message);
        } finally {
            inflater.end();
        }
    }

    private static String name(COSObjectKey key) {
        return key.getNumber() + " " + key.getGeneration();
    }
}
