package org.ofstedkg.loader.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ofstedkg.loader.read.SourceFile;
import org.ofstedkg.loader.report.DocumentKind;
import org.ofstedkg.loader.report.PersonMention;
import org.ofstedkg.loader.report.ReportDocument;
import org.ofstedkg.loader.report.TeamMember;
import org.ofstedkg.loader.text.ReportText;

class LetterExtractorTest {

    private final LetterExtractor extractor = new LetterExtractor(Samples.gazetteer());

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"felpersham-letter-2010.txt", "borsetshire-focused-visit-2021.html",
        "borsetshire-monitoring-visit-2022.txt", "borsetshire-jtai-2023.txt"})
    void readsTheExpectedFactsOfEachSampleLetter(String fileName) throws Exception {
        JsonObject expected = Samples.expected(fileName.substring(0, fileName.lastIndexOf('.')));
        ReportDocument document = Samples.extract(extractor, fileName);

        assertEquals(Samples.string(expected, "document_kind"), document.kind().id());
        assertEquals(Samples.string(expected, "inspection_kind"), document.inspection().kindId());
        assertEquals(Samples.string(expected, "authority_urn"), document.inspection().authority().ofstedUrn());
        assertEquals(Samples.string(expected, "start_date"), String.valueOf(document.inspection().startDate()));
        assertEquals(Samples.string(expected, "end_date"), String.valueOf(document.inspection().endDate()));
        assertNull(document.inspection().publicationDate());
        assertEquals(List.of(), document.inspection().judgements());
        List<String> team = Samples.team(document.inspection().team());
        List<String> expectedTeam = Samples.team(expected);
        assertTrue(team.containsAll(expectedTeam), team + " lacks some of " + expectedTeam);
        assertEquals(expectedTeam.stream().map(m -> m.split(" \\| ")[0]).toList(),
                document.inspection().team().stream().map(TeamMember::name).distinct().toList());
        // The letters never say who led: the inspector who signs is the signatory and no lead is named (as the
        // gold of the real 2010 letter has it).
        assertEquals(Samples.string(expected, "signatory"), signingInspector(document));
        assertEquals(Samples.string(expected, "lead_inspector"), null);
        assertNull(document.inspection().leadInspector());
    }

    @Test
    void takesTheLettersOwnDateAsTheDocumentDateAndTheVisitSentenceForTheFieldwork() throws Exception {
        ReportDocument document = Samples.extract(extractor, "felpersham-letter-2010.txt");

        assertEquals(DocumentKind.INSPECTION_LETTER, document.kind());
        assertEquals(LocalDate.of(2010, 4, 21), document.documentDate());
        assertEquals(LocalDate.of(2010, 3, 17), document.inspection().startDate());
        assertEquals(LocalDate.of(2010, 3, 18), document.inspection().endDate());
        assertEquals("17 and 18 March 2010", document.inspection().datesAsPrinted());
    }

    @Test
    void readsAnAddressBlockRunOntoOneLineUpToTheSalutationsSurname() throws Exception {
        ReportDocument document = Samples.extract(extractor, "felpersham-letter-2010.txt");

        assertEquals(new PersonMention("Joanna Threlfall", "addressee", "Director of Children\u2019s Services",
                "Felpersham City Council"), document.people().get(0));
        assertEquals("Felpersham City Council", document.inspection().authorityAsPrinted());
    }

    @Test
    void readsAnAddressBlockWithNamePostAndCouncilOnLinesOfTheirOwn() throws Exception {
        ReportDocument document = Samples.extract(extractor, "borsetshire-monitoring-visit-2022.txt");

        assertEquals(List.of(new PersonMention("Alex Marlow", "addressee", "Director of Children\u2019s Services",
                "Borsetshire County Council")), document.people());
    }

    @Test
    void readsOneAddresseeALineWhenTheBlockPrintsThemWithCommas() throws Exception {
        ReportDocument document = Samples.extract(extractor, "borsetshire-jtai-2023.txt");

        List<PersonMention> addressees = document.people().stream().filter(p -> p.roleId().equals("addressee")).toList();
        assertEquals(List.of("Alex Marlow", "Fiona Teague", "Martin Cairncross", "Lorna Deverill", "Callum Reese"),
                addressees.stream().map(PersonMention::name).toList());
        assertEquals(new PersonMention("Martin Cairncross", "addressee", "Chief Constable", "Borsetshire Police"), addressees.get(2));
        assertEquals(new PersonMention("Lorna Deverill", "addressee", "Head of the Borsetshire Probation Delivery Unit", null),
                addressees.get(3));
    }

    @Test
    void partsCopyRecipientsRunTogetherAndPassesOverEntriesThatNameNoPerson() throws Exception {
        ReportDocument document = Samples.extract(extractor, "felpersham-letter-2010.txt");

        assertEquals(List.of(
                new PersonMention("Martin Essery", "copy-recipient", "Chief Executive", "Felpersham City Council"),
                new PersonMention("Ann Gidley", "copy-recipient", "Chair of Felpersham Safeguarding Children Board", null),
                new PersonMention("Raj Bhandari", "copy-recipient", "Lead Member for Children\u2019s Services", "Felpersham City Council")),
                document.people().stream().filter(p -> p.roleId().equals("copy-recipient")).toList());
    }

    @Test
    void mentionsSignatoriesOfOtherPostsWithoutPuttingThemOnTheTeam() throws Exception {
        ReportDocument document = Samples.extract(extractor, "borsetshire-jtai-2023.txt");

        assertEquals(List.of(), document.inspection().team());
        assertEquals(List.of(
                new PersonMention("Rosalind Pemberton", "signatory", "National Director, Regulation and Social Care, Ofsted", null),
                new PersonMention("Nadia Farrant", "signatory", "Deputy Director, Children\u2019s Services Care Quality Commission", null),
                new PersonMention("Gareth Hollins", "signatory", "His Majesty\u2019s Inspector of Constabulary HMICFRS", null),
                new PersonMention("Imogen Strachan", "signatory", "Director of Operations HMI Probation", null)),
                document.people().stream().filter(p -> p.roleId().equals("signatory")).toList());
    }

    @Test
    void putsTheInspectorsOfTheVisitSentenceAndTheSigningInspectorOnTheTeam() throws Exception {
        ReportDocument document = Samples.extract(extractor, "borsetshire-focused-visit-2021.html");

        assertEquals(List.of(
                new TeamMember("Priya Castellano", "team-inspector", "Her Majesty\u2019s Inspectors", null),
                new TeamMember("Tom Okafor", "team-inspector", "Her Majesty\u2019s Inspectors", null),
                new TeamMember("Priya Castellano", "signatory", "Her Majesty\u2019s Inspector", "Her Majesty\u2019s Inspector")),
                document.inspection().team());
    }

    @Test
    void makesLeadOnlyWhomTheLetterSaysLedTheVisit() throws Exception {
        ReportDocument document = inline("""
                9 December 2022

                Dr Alex Marlow
                Director of Children's Services
                Borsetshire County Council

                Dear Dr Marlow

                Monitoring visit to Borsetshire children's services

                This letter summarises the findings of the monitoring visit to Borsetshire children's services on
                6 and 7 December 2022. The visit was led by Ruth Lindqvist, HMI.

                Yours sincerely

                Samira Haddad
                His Majesty's Inspector
                """);

        assertEquals(new TeamMember("Ruth Lindqvist", "lead-inspector", "led by", "HMI"), document.inspection().leadInspector());
        assertEquals(List.of("Ruth Lindqvist", "Samira Haddad"),
                document.inspection().team().stream().map(TeamMember::name).toList());
        assertEquals(LocalDate.of(2022, 12, 6), document.inspection().startDate());
    }

    @Test
    void leavesTheDatesUnstatedAndWarnsWhenNoSentenceGivesThem() throws Exception {
        ReportDocument document = inline("""
                9 December 2022

                Dr Alex Marlow
                Director of Children's Services
                Borsetshire County Council

                Dear Dr Marlow

                Monitoring visit to Borsetshire children's services

                This letter summarises the findings of the recent monitoring visit.

                Yours sincerely

                Samira Haddad
                His Majesty's Inspector
                """);

        assertNull(document.inspection().startDate());
        assertNull(document.inspection().endDate());
        assertEquals(LocalDate.of(2022, 12, 9), document.documentDate());
        assertTrue(document.issues().stream().anyMatch(i -> i.message().equals("no inspection dates in the text")), document.issues().toString());
    }

    @Test
    void givesNoJudgementsAndNoWarningAboutThemForAnUngradedVisit() throws Exception {
        ReportDocument document = Samples.extract(extractor, "borsetshire-monitoring-visit-2022.txt");

        assertEquals(List.of(), document.inspection().judgements());
        assertTrue(document.issues().stream().noneMatch(i -> i.message().contains("judgement") || i.message().contains("grade")),
                document.issues().toString());
    }

    private ReportDocument inline(String letter) throws NotAReportException {
        ReportText text = TestTexts.of(letter, "inline-letter.txt");
        SourceFile file = new SourceFile(Path.of("inline-letter.txt"), letter.getBytes(StandardCharsets.UTF_8), "0".repeat(64));
        return extractor.extract(file, text, ReportKind.of(text).orElseThrow());
    }

    private static String signingInspector(ReportDocument document) {
        return document.inspection().team().stream().filter(m -> m.roleId().equals("signatory"))
                .map(TeamMember::name).findFirst().orElse(null);
    }
}
