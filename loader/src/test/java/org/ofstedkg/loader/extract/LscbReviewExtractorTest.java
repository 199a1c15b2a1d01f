package org.ofstedkg.loader.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.gson.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ofstedkg.loader.report.ReportDocument;

class LscbReviewExtractorTest {

    private static final String SAMPLE = "borsetshire-lscb-review-2016";

    private final LscbReviewExtractor extractor = new LscbReviewExtractor(Samples.gazetteer(), JudgementVocabulary.bundled());

    @Test
    void readsTheExpectedFactsOfTheStandAloneReview() throws Exception {
        JsonObject expected = Samples.expected(SAMPLE);
        ReportDocument document = Samples.extract(extractor, SAMPLE + ".txt");

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
    void readsTheReviewTeamWhoseEntriesAreSpacedOutWithTheirRanks() throws Exception {
        ReportDocument document = Samples.extract(extractor, SAMPLE + ".txt");

        assertEquals(List.of("lead-inspector HMI", "team-inspector HMI", "team-inspector AI", "quality-assurance-manager SHMI"),
                document.inspection().team().stream().map(m -> m.roleId() + " " + m.titleAsPrinted()).toList());
    }

    @Test
    void hasNoDocumentDateAndNoWarningsWhenEveryFactIsStated() throws Exception {
        ReportDocument document = Samples.extract(extractor, SAMPLE + ".txt");

        assertNull(document.documentDate());
        assertEquals(List.of(), document.issues());
    }
}
