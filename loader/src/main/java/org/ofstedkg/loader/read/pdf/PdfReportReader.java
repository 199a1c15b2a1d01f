package org.ofstedkg.loader.read.pdf;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.ofstedkg.loader.read.ContentSniffing;
import org.ofstedkg.loader.read.ReportReader;
import org.ofstedkg.loader.read.SourceFile;
import org.ofstedkg.loader.read.UnreadableDocumentException;
import org.ofstedkg.loader.read.UnreadableDocumentException.Reason;
import org.ofstedkg.loader.text.ReportText;
import org.ofstedkg.loader.text.TextNormaliser;

/**
 * Reads a PDF's text layer, page by page, with PDFBox; the title comes from the document information.
 *
 * <p>Takes files named {@code .pdf} and files of any name that start as a PDF. Rejects, naming the file: an empty
 * file ({@link Reason#EMPTY}), an HTML page saved under a PDF's name, as Ofsted's site does for a report it no
 * longer has, and anything else without a PDF header ({@link Reason#WRONG_FORMAT}), a PDF that needs a password to
 * open ({@link Reason#ENCRYPTED}; one with an empty user password and only an owner's restrictions opens), one
 * cut short, without the {@code %%EOF} marker at its end, one whose bytes are damaged where PDFBox would repair or
 * ignore the damage (see {@link PdfDamage}) and any other damaged one ({@link Reason#CORRUPT}), one without pages
 * ({@link Reason#EMPTY}) and one without any text, a scan ({@link Reason#NO_TEXT}).
 *
 * <p>Text comes in content-stream order (PDFBox's sort by position is off): across the corpus this keeps a
 * judgement's wrapped label together with its grade on the next line, where sorting by position puts the grade
 * after the label's first line and moves running headers to the foot of the page.
 */
public final class PdfReportReader implements ReportReader {

    /** The media type of PDF. */
    public static final String MEDIA_TYPE = "application/pdf";

    private static final Set<String> EXTENSIONS = Set.of("pdf");

    /**
     * Where PDFBox keeps the streams it decodes: in memory up to 16 MiB per document, then in a scratch file, so
     * that a PDF whose streams inflate to far more than its size (a compression bomb) cannot exhaust the heap.
     */
    private static final MemoryUsageSetting SCRATCH = MemoryUsageSetting.setupMixed(16L * 1024 * 1024);

    @Override
    public String mediaType() {
        return MEDIA_TYPE;
    }

    @Override
    public Set<String> extensions() {
        return EXTENSIONS;
    }

    @Override
    public boolean accepts(SourceFile file) {
        return EXTENSIONS.contains(file.extension()) || ContentSniffing.isPdf(file.bytes());
    }

    @Override
    public ReportText read(SourceFile file) throws UnreadableDocumentException {
        byte[] bytes = file.bytes();
        if (bytes.length == 0) {
            throw new UnreadableDocumentException(Reason.EMPTY, file.fileName(), "is empty");
        }
        if (ContentSniffing.isHtml(bytes)) {
            throw new UnreadableDocumentException(Reason.WRONG_FORMAT, file.fileName(), "is an HTML page, not a PDF");
        }
        if (!ContentSniffing.isPdf(bytes)) {
            throw new UnreadableDocumentException(Reason.WRONG_FORMAT, file.fileName(),
                    "is not a PDF: it does not start with %PDF");
        }
        if (!ContentSniffing.hasPdfEnd(bytes)) {
            throw new UnreadableDocumentException(Reason.CORRUPT, file.fileName(),
                    "is truncated: it does not end with the %%EOF marker");
        }
        PdfDamage.Opened opened;
        try {
            opened = PdfDamage.open(bytes, SCRATCH.streamCache);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(Reason.ENCRYPTED, file.fileName(),
                    "is encrypted and needs a password to open", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(Reason.CORRUPT, file.fileName(),
                    "is damaged: its cross-reference table or trailer cannot be read as written (" + oneLine(e) + ")",
                    e);
        }
        List<String> pages;
        String title;
        try (PDDocument document = opened.document()) {
            Optional<String> damage = PdfDamage.find(opened);
            if (damage.isPresent()) {
                throw new UnreadableDocumentException(Reason.CORRUPT, file.fileName(), "is damaged: " + damage.get());
            }
            pages = PageTexts.of(document);
            title = document.getDocumentInformation().getTitle();
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(Reason.CORRUPT, file.fileName(),
                    "is damaged or truncated (" + oneLine(e) + ")", e);
        }
        if (pages.isEmpty()) {
            throw new UnreadableDocumentException(Reason.EMPTY, file.fileName(), "has no pages");
        }
        if (pages.stream().allMatch(String::isBlank)) {
            throw new UnreadableDocumentException(Reason.NO_TEXT, file.fileName(), "has no text layer (a scan?)");
        }
        return TextNormaliser.fromPages(pages, MEDIA_TYPE, title);
    }

    /** An exception's message on one line, for a reason that names the file in one line. */
    static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
