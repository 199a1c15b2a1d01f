package org.ofstedkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ClassifyCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int classify(String input, String... options) {
        String[] args = new String[options.length + 1];
        args[0] = "classify";
        System.arraycopy(options, 0, args, 1, options.length);
        return Kg.run(args, new StringReader(input), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void aPlainLineBecomesOneJsonObjectWithPolarityThemesAndWhy() {
        assertEquals(0, classify("Management oversight is not always effective.\n"), err.toString());
        assertEquals("{\"text\":\"Management oversight is not always effective.\",\"polarity\":\"weakness\","
                + "\"themes\":[\"management-oversight\"],\"why\":{\"polarity\":[\"hedged strength cue: not always ... "
                + "effective\"],\"themes\":{\"management-oversight\":{\"matchedBy\":\"prefLabel: Management "
                + "oversight\",\"matchedText\":\"Management oversight\"}}}}\n", out.toString());
    }

    @Test
    void aJsonLineCarriesItsOwnSectionAndBlankLinesAreSkipped() {
        assertEquals(0, classify("\n{\"text\": \"Return home interviews.\", \"section\": \"What needs to improve\"}\n"),
                err.toString());
        assertEquals("{\"text\":\"Return home interviews.\",\"polarity\":\"weakness\",\"themes\":[\"missing-children\"],"
                + "\"why\":{\"polarity\":[\"section: What needs to improve\"],\"themes\":{\"missing-children\":"
                + "{\"matchedBy\":\"altLabel: return home interviews\",\"matchedText\":\"Return home interviews\"}}}}\n",
                out.toString());
    }

    @Test
    void theSectionOptionAppliesToPlainLines() {
        assertEquals(0, classify("Return home interviews.\n", "--section", "Areas of strength"), err.toString());
        assertEquals(true, out.toString().contains("\"polarity\":\"strength\""), out.toString());
    }

    @Test
    void aLineThatIsNotAStatementIsReportedWithItsNumberTheOthersAreClassifiedAndTheExitIsOne() {
        assertEquals(1, classify("{\"section\": \"Strengths\"}\n{not json\nFoster carers are well supported.\n"));
        assertEquals("kg classify: line 1 has no \"text\": {\"section\": \"Strengths\"}\n"
                + "kg classify: line 2 is not a JSON object with a \"text\" string: {not json\n", err.toString());
        assertEquals(1, out.toString().lines().count(), out.toString());
    }
}
