package fr.lillemetropole.bnm.internal.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.format.DateTimeParseException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Campaign date-times as MEL admins type them, always read at Paris time. */
class CampaignTimesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2023-06-01T09:00          | false | 2023-06-01T09:00:00+02:00",
        "2023-06-01T09:00:30       | false | 2023-06-01T09:00:30+02:00",
        "2023-06-01T07:00:00Z      | false | 2023-06-01T09:00:00+02:00",
        "2023-12-01T09:00:00+02:00 | false | 2023-12-01T08:00:00+01:00",
        "2023-06-01                | false | 2023-06-01T00:00:00+02:00",
        "2023-06-01                | true  | 2023-06-01T23:59:00+02:00",
        "01/06/2023 09:00          | false | 2023-06-01T09:00:00+02:00",
        "1/6/2023 à 9h30           | false | 2023-06-01T09:30:00+02:00",
        "30/09/2023                | true  | 2023-09-30T23:59:00+02:00",
        "26/03/2023 02:30          | false | 2023-03-26T03:30:00+02:00"})
    void typedDateTimesAreParisTime(String typed, boolean closing, String iso) {
        assertEquals(iso, CampaignTimes.iso(CampaignTimes.parse(typed, closing)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"demain", "31/02/2023", "2023-13-01", "2023-06-01T25:00", "01/06/23"})
    void anythingElseIsRefused(String typed) {
        assertThrows(DateTimeParseException.class, () -> CampaignTimes.parse(typed, false));
    }

    @org.junit.jupiter.api.Test
    void blankIsNoDateAndTheFormShowsParisTime() {
        assertNull(CampaignTimes.parse("  ", true));
        assertEquals("2023-12-01T08:00", CampaignTimes.input("2023-12-01T07:00:00Z"));
        assertEquals("", CampaignTimes.input(null));
    }
}
