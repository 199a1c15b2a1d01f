package org.ofstedkg.loader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ofstedkg.loader.text.ReportText.Line;

class TextNormaliserTest {

    private static final String HEADER = "Inspection of Borsetshire local authority children\u2019s services\n3 to 14 March 2025\n";

    @Test
    void linesSitAtExactOffsetsIntoTheTextJoinedByLineFeeds() {
        ReportText text = TextNormaliser.fromPages(List.of("Borsetshire\n\n\nGood  \n", "  Felpersham\r\nEnd"),
                "application/pdf", null);
        assertEquals("Borsetshire\n\nGood\nFelpersham\nEnd", text.text());
        assertEquals(List.of(new Line("Borsetshire", 0, 1), new Line("", 12, 1), new Line("Good", 13, 1),
                new Line("Felpersham", 18, 2), new Line("End", 29, 2)), text.lines());
        for (Line line : text.lines()) {
            assertEquals(line.text(), text.text().substring(line.start(), line.end()));
        }
    }

    @Test
    void removesTheRunningHeaderAndPageNumberFromEveryPageThatHasThem() {
        ReportText text = TextNormaliser.fromPages(List.of(
                "Borsetshire County Council\nInspection dates: 3 to 14 March 2025\nGood",
                HEADER + "2\nChildren are seen quickly.",
                HEADER + "3\nLeaders know their services well.",
                HEADER + "4\nCare leavers are supported."), "application/pdf", null);
        assertEquals(List.of("Borsetshire County Council", "Inspection dates: 3 to 14 March 2025", "Good",
                "Children are seen quickly.", "Leaders know their services well.", "Care leavers are supported."),
                texts(text));
        assertEquals(4, text.pageCount());
    }

    @Test
    void removesARunningFooterWhoseNumberChangesFromPageToPage() {
        ReportText text = TextNormaliser.fromPages(List.of(
                "First page.\nBorsetshire report, page 1 of 3",
                "Second page.\nBorsetshire report, page 2 of 3",
                "Third page.\nBorsetshire report, page 3 of 3"), "text/plain", null);
        assertEquals(List.of("First page.", "Second page.", "Third page."), texts(text));
    }

    @Test
    void keepsALineThatRecursOnFewerThanHalfThePages() {
        ReportText text = TextNormaliser.fromPages(List.of(
                "Summary\nOne.", "Summary\nTwo.", "Three.", "Four.", "Five."), "application/pdf", null);
        assertEquals(List.of("Summary", "One.", "Summary", "Two.", "Three.", "Four.", "Five."), texts(text));
    }

    @Test
    void removesPageNumbersInTheirUsualFormsAtTheTopOrFootOfAPage() {
        ReportText text = TextNormaliser.fromPages(List.of(
                "One.\nPage 1 of 2", "3 of 4\nTwo."), "text/plain", null);
        assertEquals(List.of("One.", "Two."), texts(text));
    }

    @Test
    void removesPageNumbersThatCountFromAfterAnUnnumberedCover() {
        ReportText text = TextNormaliser.fromPages(List.of(
                "Borsetshire", "Crown copyright", "Contents\n1", "Summary\n2", "Findings\n3"), "application/pdf", null);
        assertEquals(List.of("Borsetshire", "Crown copyright", "Contents", "Summary", "Findings"), texts(text));
    }

    @Test
    void keepsABareNumberThatIsNotThePagesNumber() {
        ReportText text = TextNormaliser.fromPages(List.of(
                "1\nChildren in care", "2\nCare leavers\n12", "3\nAdoptions"), "application/pdf", null);
        assertEquals(List.of("Children in care", "Care leavers", "12", "Adoptions"), texts(text));
    }

    @Test
    void keepsANumberInTheMiddleOfAPage() {
        ReportText text = TextNormaliser.fromPages(List.of("a\nb\nc\n1\nd\ne\nf"), "application/pdf", null);
        assertEquals(List.of("a", "b", "c", "1", "d", "e", "f"), texts(text));
    }

    @Test
    void joinsAParagraphThatRunsOnToTheNextPageWithoutABlankLine() {
        ReportText text = TextNormaliser.fromPages(List.of(
                "Leaders in Borsetshire have\n \n", " \n" + HEADER + "2\n\nworked hard.", HEADER + "3\nEnd."),
                "application/pdf", null);
        assertEquals(List.of("Leaders in Borsetshire have", "worked hard.", "End."), texts(text));
    }

    @Test
    void turnsUnicodeSpacesIntoPlainSpacesAndTrimsLines() {
        ReportText text = TextNormaliser.fromText("\u00A0Lead inspector:\u00A0Jane\u202FArcher\u2003\t\n",
                "text/plain", null);
        assertEquals(List.of("Lead inspector: Jane Archer"), texts(text));
    }

    @Test
    void collapsesRunsOfBlankLinesAndDropsThemAtEitherEnd() {
        ReportText text = TextNormaliser.fromText("\n\n  \nOne\n\n \n\nTwo\n\n", "text/plain", null);
        assertEquals("One\n\nTwo", text.text());
    }

    @Test
    void keepsQuotesDashesAndLineEndHyphensAsPrinted() {
        String printed = "the \u2018front door\u2019 \u2013 \u201Cstrong\u201D; pre-\nproceedings";
        assertEquals(printed, TextNormaliser.fromText(printed, "text/plain", null).text());
    }

    @Test
    void rewritesBulletGlyphsOfEveryFontAsTheBullet() {
        ReportText text = TextNormaliser.fromText(String.join("\n",
                "\u25FC One.", "\uF06E Two.", "\uF0B7 Three.", "\uF0A7 Four.", "\u25AA Five.", "\u25CF Six.",
                "\u25A0 Seven.", "\u2022Eight.", "\uF02D Nine."), "text/plain", null);
        assertEquals(List.of("\u2022 One.", "\u2022 Two.", "\u2022 Three.", "\u2022 Four.", "\u2022 Five.",
                "\u2022 Six.", "\u2022 Seven.", "\u2022 Eight.", "\u2022 Nine."), texts(text));
    }

    @Test
    void rewritesDashesAsBulletsWhereAListCanBe() {
        ReportText text = TextNormaliser.fromText(String.join("\n",
                "The proportion of children entitled to free school meals:",
                "\u2013 in primary schools is 12%",
                "\u2013 in secondary schools is 10%.",
                "",
                "- 31 live in residential children\u2019s homes, of whom 20% live out of the",
                "authority area",
                "- 149 live with foster families"), "text/plain", null);
        assertEquals(List.of(
                "The proportion of children entitled to free school meals:",
                "\u2022 in primary schools is 12%",
                "\u2022 in secondary schools is 10%.",
                "",
                "\u2022 31 live in residential children\u2019s homes, of whom 20% live out of the",
                "authority area",
                "\u2022 149 live with foster families"), texts(text));
    }

    @Test
    void keepsADashThatStartsAWrappedLineOfProse() {
        String prose = String.join("\n",
                "Two agencies have not yet submitted their reports",
                "\u2013 Borsetshire Adult Services and HMP Felpersham. The board has",
                "a well-established pre-",
                "proceedings team.");
        assertEquals(prose, TextNormaliser.fromText(prose, "text/plain", null).text());
    }

    @Test
    void rewritesOcrRenderingsOfBulletsAfterABlankLineOrABullet() {
        ReportText text = TextNormaliser.fromText(String.join("\n",
                "What needs to improve",
                "",
                "m Consistency of thresholds in the Borsetshire front door.",
                "",
                "B Quality of assessments, and plans.",
                "B Strategic planning.",
                "",
                "* Management oversight.",
                "e The sufficiency of placements."), "text/plain", null);
        assertEquals(List.of(
                "What needs to improve",
                "",
                "\u2022 Consistency of thresholds in the Borsetshire front door.",
                "",
                "\u2022 Quality of assessments, and plans.",
                "\u2022 Strategic planning.",
                "",
                "\u2022 Management oversight.",
                "\u2022 The sufficiency of placements."), texts(text));
    }

    @Test
    void keepsSingleLetterWordsAndSymbolsThatAreNoBullets() {
        String kept = String.join("\n",
                "", "A Director of Children\u2019s Services was appointed.",
                "", "I Think Family is the council\u2019s programme.",
                "", "\u00A9 Crown copyright 2025",
                "Felpersham",
                "m Not after a line of prose");
        assertEquals(kept.strip(), TextNormaliser.fromText(kept, "text/plain", null).text());
    }

    @Test
    void givesPageZeroAndNoPageCountToTextWithoutPages() {
        ReportText text = TextNormaliser.fromText("One\nTwo", "text/markdown", "Borsetshire");
        assertEquals(0, text.pageCount());
        assertEquals(List.of(0, 0), text.lines().stream().map(Line::page).toList());
        assertEquals("Borsetshire", text.title());
    }

    @Test
    void takesABlankTitleAsNone() {
        assertNull(TextNormaliser.fromText("One", "text/html", " \u00A0 ").title());
    }

    private static List<String> texts(ReportText text) {
        return text.lines().stream().map(Line::text).toList();
    }
}
