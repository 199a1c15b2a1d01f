package org.ofstedkg.loader.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ofstedkg.loader.text.ReportText;

class StructureReaderTest {

    /** A text of lines on pages: a line "\f" starts the next page. */
    private static ReportText text(String... lines) {
        List<ReportText.Line> result = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int page = 1;
        for (String line : lines) {
            if (line.equals("\f")) {
                page++;
                continue;
            }
            if (!result.isEmpty()) {
                text.append('\n');
            }
            result.add(new ReportText.Line(line, text.length(), page));
            text.append(line);
        }
        return new ReportText(text.toString(), result, page, "text/plain", null);
    }

    private static final ReportText REPORT = text(
            "Inspection of Borsetshire local authority children's services",
            "What needs to improve?",
            "• The quality of plans for children in need, so that",
            "they say what will change.",
            "• Management oversight of private fostering.",
            "The experiences and progress of children who need help and",
            "protection: requires improvement to be good",
            "1. Children receive a timely response when concerns are first raised. Good-",
            "quality assessments are completed by skilled social workers.",
            "\f",
            "2. Most strategy meetings are timely. Plans for children in need are too",
            "",
            "often vague, and reviews do not always happen.",
            "3. 12 per cent of children wait too long for an assessment.",
            "The impact of leaders on social work practice with children and families: good",
            "4. Leaders know their services well.",
            "Any complaints about the inspection or the report should be made following the procedures.");

    @Test
    void numberedParagraphsRunAcrossPageBreaksAndMidSentenceBlankLines() {
        DocumentStructure structure = StructureReader.read(REPORT);
        List<Block> paragraphs = structure.numberedParagraphs();
        assertEquals(List.of("1", "2", "3", "4"), paragraphs.stream().map(Block::number).toList());
        assertEquals("Most strategy meetings are timely. Plans for children in need are too often vague, and reviews do not"
                + " always happen.", paragraphs.get(1).text());
        assertEquals(2, paragraphs.get(1).page());
    }

    @Test
    void aHyphenAtALineEndStaysAndJoinsWithoutASpace() {
        Block first = StructureReader.read(REPORT).numberedParagraphs().get(0);
        assertEquals("Children receive a timely response when concerns are first raised. Good-quality assessments are "
                + "completed by skilled social workers.", first.text());
    }

    @Test
    void knownHeadingsAreFoundAlsoWhenTheyWrapAndEachBlockKnowsItsSection() {
        DocumentStructure structure = StructureReader.read(REPORT);
        assertEquals(List.of("What needs to improve?",
                "The experiences and progress of children who need help and protection: requires improvement to be good",
                "The impact of leaders on social work practice with children and families: good"),
                structure.headings().stream().map(Block::text).filter(h -> !h.startsWith("Inspection of")).toList());
        assertEquals("The impact of leaders on social work practice with children and families: good",
                structure.numberedParagraphs().get(3).heading());
    }

    @Test
    void listItemsKeepTheirWrappedLinesAndLoseTheirBullets() {
        List<Block> items = StructureReader.read(REPORT).listItems();
        assertEquals(List.of("The quality of plans for children in need, so that they say what will change.",
                "Management oversight of private fostering."), items.stream().map(Block::text).toList());
        assertEquals("What needs to improve?", items.get(0).heading());
    }

    @Test
    void theBodyEndsWhereOfstedsClosingBoilerplateBegins() {
        DocumentStructure structure = StructureReader.read(REPORT);
        assertEquals(REPORT.text().indexOf("Any complaints"), structure.bodyEnd());
        assertEquals("Leaders know their services well.", structure.numberedParagraphs().get(3).text());
    }

    @Test
    void aParagraphNumberCanFollowWithANumberOrTwoLostAndDottedLabelsFollowTheirParents() {
        assertEquals(true, ParagraphNumbers.follows(new int[] {4}, new int[] {5}));
        assertEquals(true, ParagraphNumbers.follows(new int[] {4}, new int[] {7}));
        assertEquals(false, ParagraphNumbers.follows(new int[] {4}, new int[] {8}));
        assertEquals(false, ParagraphNumbers.follows(new int[] {4}, new int[] {4}));
        assertEquals(true, ParagraphNumbers.follows(new int[] {5, 9}, new int[] {5, 9, 1}));
        assertEquals(true, ParagraphNumbers.follows(new int[] {5, 9, 8}, new int[] {5, 10}));
        assertEquals(true, ParagraphNumbers.follows(new int[] {5, 10}, new int[] {6, 1}));
        assertEquals(false, ParagraphNumbers.follows(new int[] {5, 10}, new int[] {6, 2}));
    }
}
