package org.ofstedkg.loader.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthorityNameTest {

    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "Cheshire East Council|cheshire east",
        "the London Borough of Hammersmith & Fulham|hammersmith and fulham",
        "Bristol, City of|bristol",
        "Council of the Isles of Scilly|isles of scilly",
        "Medway Children’s Services|medway",
        "St. Helens|st helens",
        "Stoke-on-Trent City Council|stoke on trent",
        "City of London|london",
        "Bedford Borough|bedford",
        "Council|council",
    })
    void reducesANameToItsPlaceName(String name, String key) {
        assertEquals(key, AuthorityName.key(name));
    }
}
