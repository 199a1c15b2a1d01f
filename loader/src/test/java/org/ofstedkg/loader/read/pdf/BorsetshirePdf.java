package org.ofstedkg.loader.read.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Builds small PDFs of an invented inspection report on Borsetshire, a fictional authority, for the reader's
 * tests: each page a list of lines set top to bottom in Helvetica, in the order a word processor writes them.
 */
final class BorsetshirePdf {

    static final String HEADER = "Inspection of Borsetshire local authority children\u2019s services";
    static final String DATES = "3 to 14 March 2025";

    private final List<List<String>> pages = new ArrayList<>();
    private String title;
    private StandardProtectionPolicy protection;

    /** A four-page report: a cover page, then three pages under a running header with the page number. */
    static BorsetshirePdf report() {
        return new BorsetshirePdf()
                .title("Borsetshire - draft report")
                .page("Borsetshire County Council",
                        "Inspection of local authority children\u2019s services",
                        "Inspection dates: 3 to 14 March 2025",
                        "Judgement Grade",
                        "The impact of leaders on social work practice with",
                        "children and families",
                        "Good",
                        "Overall effectiveness Good")
                .page(HEADER, DATES, "2",
                        "What needs to improve?",
                        "\u2022 The timeliness of return home interviews.",
                        "\u2022 The quality of pre-",
                        "proceedings letters.",
                        "1. Children in Borsetshire who need help are seen",
                        "quickly by social workers who know them well.")
                .page(HEADER, DATES, "3",
                        "2. Leaders in Felpersham and Borchester have worked",
                        "together on a shared \u2018front door\u2019.",
                        "3. Care leavers are supported well.")
                .page(HEADER, DATES, "4",
                        "If you are not happy with the inspection or the report, you can complain to Ofsted.",
                        "\u00A9 Crown copyright 2025");
    }

    BorsetshirePdf page(String... lines) {
        pages.add(List.of(lines));
        return this;
    }

    BorsetshirePdf title(String title) {
        this.title = title;
        return this;
    }

    /** Protects the document: opening needs {@code userPassword} (none when empty); the owner may do anything. */
    BorsetshirePdf protect(String userPassword, AccessPermission permissions) {
        protection = new StandardProtectionPolicy("borsetshire-owner", userPassword, permissions);
        protection.setEncryptionKeyLength(128);
        return this;
    }

    byte[] bytes() {
        try (PDDocument document = new PDDocument()) {
            PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = 800;
                    for (String line : lines) {
                        content.beginText();
                        content.setFont(helvetica, 10);
                        content.newLineAtOffset(50, y);
                        content.showText(line);
                        content.endText();
                        y -= 14;
                    }
                }
            }
            if (title != null) {
                PDDocumentInformation information = new PDDocumentInformation();
                information.setTitle(title);
                document.setDocumentInformation(information);
            }
            if (protection != null) {
                document.protect(protection);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
