package org.ofstedkg.loader.read.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of each page of a PDF, in one pass over the document. */
final class PageTexts extends PDFTextStripper {

    private final StringWriter page = new StringWriter();
    private final List<String> pages = new ArrayList<>();

    private PageTexts() {
        setSortByPosition(false);
        setLineSeparator("\n");
        setPageStart("");
        setPageEnd("");
    }

    /** The raw text of every page of the document, in page order. */
    static List<String> of(PDDocument document) throws IOException {
        PageTexts stripper = new PageTexts();
        stripper.writeText(document, stripper.page);
        return List.copyOf(stripper.pages);
    }

    /** Stops at the next page when the loader has abandoned the document for taking too long. */
    @Override
    protected void startPage(PDPage pdPage) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new java.io.InterruptedIOException("abandoned after " + pages.size() + " pages");
        }
        super.startPage(pdPage);
    }

    @Override
    protected void endPage(PDPage pdPage) throws IOException {
        super.endPage(pdPage);
        output.flush();
        pages.add(page.toString());
        page.getBuffer().setLength(0);
    }
}
