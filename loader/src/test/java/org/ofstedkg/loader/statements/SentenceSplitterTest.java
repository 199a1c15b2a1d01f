package org.ofstedkg.loader.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ofstedkg.loader.report.Finding;
import org.ofstedkg.loader.structure.StructureReader;
import org.ofstedkg.loader.text.ReportText;
import org.ofstedkg.loader.text.TextNormaliser;

/** Sentences and their offsets, which must point back into the normalised text exactly. */
class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(span -> text.substring(span.start(), span.end())).toList();
    }

    @Test
    void splitsAtSentenceEndsAndTrimsWhiteSpace() {
        assertEquals(List.of("Children are seen promptly.", "Plans are clear!", "Is drift noticed?"),
                sentences("  Children are seen promptly. Plans are clear!  Is drift noticed? "));
    }

    @Test
    void abbreviationsAndInitialsEndNoSentence() {
        assertEquals(List.of("Partners, e.g. schools and health visitors, refer promptly.",
                        "Reviews, i.e. those held by IROs, are timely.",
                        "Letters were signed by J. Smith and sent on time.",
                        "Audits, visits etc. are regular.",
                        "Plans cover housing, health etc.", "They are reviewed."),
                sentences("Partners, e.g. schools and health visitors, refer promptly. Reviews, i.e. those held by IROs,"
                        + " are timely. Letters were signed by J. Smith and sent on time. Audits, visits etc. are regular."
                        + " Plans cover housing, health etc. They are reviewed."));
    }

    @Test
    void findingsPointBackIntoTheNormalisedText() {
        ReportText text = TextNormaliser.fromText(String.join("\n",
                "Inspection of Borsetshire County Council children’s services",
                "",
                "The experiences and progress of children in care: good",
                "",
                "12. Children in care are seen regularly. Their plans are reviewed on",
                "time and their good-",
                "quality care plans, e.g. pathway plans, are written with them.",
                "",
                "13. Care leavers are well supported.",
                "",
                "What needs to improve?",
                "",
                "\u2022 The timeliness of assessments."), "text/plain", null);
        org.ofstedkg.loader.report.Statements statements = statements(text);
        List<Finding> findings = statements.findings();
        assertEquals(List.of("Children in care are seen regularly.",
                "Their plans are reviewed on time and their good-quality care plans, e.g. pathway plans, are written with them.",
                "Care leavers are well supported."),
                findings.stream().map(Finding::text).toList());
        Finding first = findings.get(0);
        assertEquals(first.text(), text.text().substring(first.start(), first.end()));
        assertEquals("12", first.paragraphNumber());
        Finding second = findings.get(1);
        assertEquals("Their plans are reviewed on\ntime and their good-\nquality care plans, e.g. pathway plans, are written with them.",
                text.text().substring(second.start(), second.end()));
        assertEquals(List.of("The timeliness of assessments."),
                statements.improvementItems().stream().map(item -> item.text()).toList());
    }

    private static org.ofstedkg.loader.report.Statements statements(ReportText text) {
        var structure = StructureReader.read(text);
        return StatementExtraction.read(text, structure, org.ofstedkg.loader.report.DocumentKind.INSPECTION_REPORT,
                org.ofstedkg.loader.structure.Sections.of(structure, "ilacs"));
    }
}
