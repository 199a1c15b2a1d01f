package org.ofstedkg.loader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InspectionIdentityTest {

    @Test
    void ilacsKindsAreOneFamilyAndOtherKindsTheirOwn() {
        assertEquals("ilacs", InspectionIdentity.family("ilacs-standard"));
        assertEquals("ilacs", InspectionIdentity.family("ilacs-short"));
        assertEquals("ilacs", InspectionIdentity.family("ilacs"));
        assertEquals("sif", InspectionIdentity.family("sif"));
        assertEquals("focused-visit", InspectionIdentity.family("focused-visit"));
    }

    @Test
    void overlappingFieldworkIsTheSameInspection() {
        assertTrue(InspectionIdentity.near(d("2019-11-11"), d("2019-11-29"), d("2019-11-18"), d("2019-11-29")));
    }

    @Test
    void fieldworkWithinFourteenDaysIsTheSameInspectionAndFifteenIsNot() {
        assertTrue(InspectionIdentity.near(d("2019-11-01"), d("2019-11-05"), d("2019-11-19"), d("2019-11-22")));
        assertFalse(InspectionIdentity.near(d("2019-11-01"), d("2019-11-05"), d("2019-11-20"), d("2019-11-22")));
        assertFalse(InspectionIdentity.near(d("2019-11-20"), d("2019-11-22"), d("2019-11-01"), d("2019-11-05")));
    }

    @Test
    void aCopyThatLostItsHeaderStillSharesMostShinglesWithItsOriginal() {
        String original = "Inspection of Borsetshire local authority children's services. Inspection dates: 1 to 5 July 2024. "
                + "Children who need help and protection receive a timely response from the front door team.";
        String copy = "Children who need help and protection receive a timely response from the front door team.";
        double similarity = InspectionIdentity.containment(InspectionIdentity.shingles(copy), InspectionIdentity.shingles(original));
        assertEquals(1.0, similarity);
        assertEquals(0.0, InspectionIdentity.containment(InspectionIdentity.shingles("An unrelated text about shopping for apples and pears."),
                InspectionIdentity.shingles(original)));
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
