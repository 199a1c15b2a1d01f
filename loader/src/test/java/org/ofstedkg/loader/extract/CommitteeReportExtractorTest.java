package org.ofstedkg.loader.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ofstedkg.loader.read.SourceFile;
import org.ofstedkg.loader.report.PersonMention;
import org.ofstedkg.loader.report.ReportDocument;
import org.ofstedkg.loader.text.ReportText;

class CommitteeReportExtractorTest {

    private static final String SAMPLE = "felpersham-committee-2020";

    private final CommitteeReportExtractor extractor =
            new CommitteeReportExtractor(Samples.gazetteer(), JudgementVocabulary.bundled());

    @Test
    void readsTheExpectedFactsOfTheSamplePaper() throws Exception {
        JsonObject expected = Samples.expected(SAMPLE);
        ReportDocument document = Samples.extract(extractor, SAMPLE + ".md");

        assertEquals(Samples.string(expected, "document_kind"), document.kind().id());
        assertEquals(Samples.string(expected, "inspection_kind"), document.inspection().kindId());
        assertEquals(Samples.string(expected, "authority_urn"), document.inspection().authority().ofstedUrn());
        assertEquals(Samples.string(expected, "start_date"), String.valueOf(document.inspection().startDate()));
        assertEquals(Samples.string(expected, "end_date"), String.valueOf(document.inspection().endDate()));
        assertEquals(Samples.string(expected, "publication_date"), String.valueOf(document.inspection().publicationDate()));
        assertEquals(Samples.string(expected, "lead_inspector"), document.inspection().leadInspector().name());
        assertEquals(Samples.judgements(expected), Samples.judgements(document));
        assertEquals(Samples.team(expected), Samples.team(document.inspection().team()));
    }

    @Test
    void takesTheMeetingDateAsTheDocumentDate() throws Exception {
        assertEquals(LocalDate.of(2020, 2, 3), Samples.extract(extractor, SAMPLE + ".md").documentDate());
    }

    @Test
    void mentionsThePortfolioHolderAndTheSeniorOfficerWhoAlsoWroteTheReportOnce() throws Exception {
        ReportDocument document = Samples.extract(extractor, SAMPLE + ".md");

        assertEquals(List.of(
                new PersonMention("Deborah Quayle", "lead-member", "Cabinet Member for Children and Families", null),
                new PersonMention("Nathan Oyelaran", "council-officer", "Strategic Director of Children's Services", null)),
                document.people());
    }

    @Test
    void refinesTheKindBySentencesThatPlaceOneKindInTheFieldworkMonth() throws Exception {
        ReportDocument document = Samples.extract(extractor, SAMPLE + ".md");

        assertEquals("ilacs-standard", document.inspection().kindId());
        assertTrue(document.inspection().kindBasis().contains("received a Standard inspection in November 2019"),
                document.inspection().kindBasis());
    }

    @Test
    void readsAShortInspectionAsIlacsShort() throws Exception {
        ReportDocument document = inline("""
                Date of Meeting: 1 March 2021

                Report Title: Outcome of the short inspection of Felpersham children's services

                1.1 The inspection took place from 1 to 5 February 2021.
                """);

        assertEquals("ilacs-short", document.inspection().kindId());
        assertEquals("9999902", document.inspection().authority().ofstedUrn());
        assertEquals(LocalDate.of(2021, 2, 1), document.inspection().startDate());
    }

    @Test
    void keepsPlainIlacsWhenOnlySentencesAboutTheFrameworkNameStandardOrShort() throws Exception {
        ReportDocument document = inline("""
                Date of Meeting: 1 March 2020

                Report Title: Felpersham ILACS outcome

                1.1 The inspection took place between 11 and 22 November 2019.

                1.2 Under ILACS, councils receive either a standard inspection or a short inspection.
                """);

        assertEquals("ilacs", document.inspection().kindId());
    }

    @Test
    void readsDatesWhoseOrdinalsAreLeftInHtmlTags() throws Exception {
        ReportDocument document = inline("""
                Date of Meeting: 3 February 2020

                Report Title: Outcome of the Ofsted Inspection of Local Authority Children's Services (ILACS) in Felpersham

                1.1 The inspection was undertaken between the 11<sup>th</sup> to the 29<sup>th</sup> November 2019, \
                with the report being published by Ofsted on 9<sup>th</sup> January 2020.
                """);

        assertEquals(LocalDate.of(2019, 11, 11), document.inspection().startDate());
        assertEquals(LocalDate.of(2019, 11, 29), document.inspection().endDate());
        assertEquals(LocalDate.of(2020, 1, 9), document.inspection().publicationDate());
    }

    @Test
    void refusesAPaperThatNamesNoKindOfInspection() {
        assertThrows(NotAReportException.class, () -> inline("""
                Date of Meeting: 1 March 2020

                Report Title: Felpersham budget monitoring

                1.1 The budget was set on 1 February 2020.
                """));
    }

    private ReportDocument inline(String paper) throws NotAReportException {
        ReportText text = TestTexts.of(paper, "inline-paper.txt");
        SourceFile file = new SourceFile(Path.of("inline-paper.txt"), paper.getBytes(StandardCharsets.UTF_8), "0".repeat(64));
        return extractor.extract(file, text, new ReportKind("committee", "ilacs", "date of meeting"));
    }
}
