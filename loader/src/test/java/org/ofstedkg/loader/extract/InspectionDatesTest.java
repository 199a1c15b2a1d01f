package org.ofstedkg.loader.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InspectionDatesTest {

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {
        "15 to 19 July 2024|2024-07-15|2024-07-19",
        "02 March 2020 to 13 March 2020|2020-03-02|2020-03-13",
        "6 to 30 July 2015|2015-07-06|2015-07-30",
        "17 and 18 March 2010|2010-03-17|2010-03-18",
        "11th to the 29th November 2019|2019-11-11|2019-11-29",
        "6 October to 8 November 2019|2019-10-06|2019-11-08",
        "14 January – 5 February 2014|2014-01-14|2014-02-05",
        "05 July 2016–27 July 2016|2016-07-05|2016-07-27",
        "15-19 July 2013|2013-07-15|2013-07-19",
        "15 – 19 July 2013|2013-07-15|2013-07-19",
        "18 Feb 2014 – 12 March 2014|2014-02-18|2014-03-12",
        "12/09/2016 to 06/10/2016|2016-09-12|2016-10-06",
        "28 July 2016|2016-07-28|2016-07-28",
        "29 December 2019 to 9 January 2020|2019-12-29|2020-01-09",
        "29 December to 9 January 2020|2019-12-29|2020-01-09",
        "11 to 15 February and 4 to 8 March 2019|2019-02-11|2019-03-08",
        "12 and 13 May 2021|2021-05-12|2021-05-13",
    })
    void readsEveryPrintedFormOfFieldworkDates(String printed, String start, String end) {
        DateRange range = InspectionDates.parse(printed).orElseThrow();
        assertEquals(LocalDate.parse(start), range.start());
        assertEquals(LocalDate.parse(end), range.end());
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"19 to 15 July 2024", "31 February 2020", "July 2024", "1 January 2020 to 30 June 2021",
        "paragraphs 40, 83", ""})
    void refusesWordsThatAreNotOneValidRange(String printed) {
        assertEquals(Optional.empty(), InspectionDates.parse(printed));
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {
        "Inspection dates: 28 November to 9 December 2022|2022-11-28|2022-12-09",
        "This letter summarises the findings of the focused visit on 12 and 13 May 2021. It was led by|2021-05-12|2021-05-13",
        "The inspection took place between the 11th to the 29th November 2019 and covered|2019-11-11|2019-11-29",
    })
    void findsTheRangeInARunningSentence(String text, String start, String end) {
        DateRange range = InspectionDates.find(text).orElseThrow();
        assertEquals(LocalDate.parse(start), range.start());
        assertEquals(LocalDate.parse(end), range.end());
    }
}
