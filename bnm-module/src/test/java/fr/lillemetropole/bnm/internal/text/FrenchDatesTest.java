package fr.lillemetropole.bnm.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchDatesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "2026-12-01T23:56:00Z | 2 décembre 2026 à 00:56", // winter: UTC+1, the next day in Paris
        "2026-07-14T10:05:00Z | 14 juillet 2026 à 12:05", // summer: UTC+2
        "2026-03-29T00:59:00Z | 29 mars 2026 à 01:59",    // last minute of winter time
        "2026-03-29T01:00:00Z | 29 mars 2026 à 03:00",    // 02:00 Paris does not exist: clocks go to 03:00
        "2026-10-25T00:30:00Z | 25 octobre 2026 à 02:30", // first 02:30, still summer time
        "2026-10-25T01:30:00Z | 25 octobre 2026 à 02:30", // the same 02:30 again, winter time
        "2026-10-25T02:00:00Z | 25 octobre 2026 à 03:00",
        "2026-12-31T23:30:00Z | 1er janvier 2027 à 00:30",
        "2022-08-15T22:00:00Z | 16 août 2022 à 00:00",
        "2026-02-01T09:00:00+02:00 | 1er février 2026 à 08:00"
    })
    void anInstantIsWrittenInParisTime(String iso, String expected) {
        assertEquals(expected, FrenchDates.format(iso));
        assertEquals(expected, FrenchDates.format(Instant.parse(iso)));
    }

    @Test
    void aDayAloneIsWrittenInFrench() {
        assertEquals("2 décembre 2026", FrenchDates.date(LocalDate.of(2026, 12, 2)));
        assertEquals("1er février 2026", FrenchDates.date(LocalDate.of(2026, 2, 1)));
        assertEquals("31 mai 2026", FrenchDates.date(LocalDate.of(2026, 5, 31)));
    }

    @Test
    void nothingOrAnythingElseIsNeverLost() {
        assertEquals("", FrenchDates.format((String) null));
        assertEquals("", FrenchDates.format(" "));
        assertEquals("hier soir", FrenchDates.format("hier soir"));
    }
}
