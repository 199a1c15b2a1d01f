package org.ofstedkg.loader.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The paragraph citations Ofsted prints in its recommendations. */
class CitationsTest {

    @Test
    void readsTheFormsOfCitationTheReportsPrint() {
        assertEquals(List.of("40", "83"), Citations.in("comply with regulations (paragraphs 40, 83)"));
        assertEquals(List.of("25"), Citations.in("timely early help (paragraph 25)."));
        assertEquals(List.of("137", "138"), Citations.in("oversight of frontline practice (paragraph 137, 138)."));
        assertEquals(List.of("12", "14"), Citations.in("are written with families (paragraphs 12 and 14)."));
    }

    @Test
    void gathersEveryCitationOfAnItemOnceInNumericOrder() {
        String item = "by:\n(paragraph 150)\n - advocacy (paragraphs 45, 85, 150)\n - conferences (paragraph 55)";
        assertEquals(List.of("45", "55", "85", "150"), Citations.in(item));
    }

    @Test
    void numbersOutsideACitationAreNotCited() {
        assertEquals(List.of(), Citations.in("Approximately 12% of 74,930 children live in poverty (2015)."));
    }
}
