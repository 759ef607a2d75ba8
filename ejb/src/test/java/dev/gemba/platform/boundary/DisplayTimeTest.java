package dev.gemba.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One way of writing dates and times per language, in the display zone (the server's). */
class DisplayTimeTest {

    private TimeZone before;

    @BeforeEach
    void inBerlin() {
        before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
    }

    @AfterEach
    void restore() {
        TimeZone.setDefault(before);
    }

    @Test
    void englishIsIsoLikeAndGermanDayFirst() {
        Instant winter = Instant.parse("2025-12-01T09:05:00.123456Z");
        assertEquals("2025-12-01 10:05", DisplayTime.dateTime(winter, Locale.ENGLISH));
        assertEquals("01.12.2025 10:05", DisplayTime.dateTime(winter, Locale.GERMANY));
        assertEquals("2025-12-01", DisplayTime.date(winter, Locale.UK));
        assertEquals("01.12.2025", DisplayTime.date(winter, Locale.GERMAN));
    }

    @Test
    void localValuesAreWrittenAsTheyAre() {
        assertEquals("24.12.2025", DisplayTime.date(LocalDate.of(2025, 12, 24), Locale.GERMAN));
        assertEquals("2025-12-24 18:30", DisplayTime.dateTime(LocalDateTime.of(2025, 12, 24, 18, 30), Locale.ENGLISH));
        assertEquals("", DisplayTime.dateTime(null, Locale.ENGLISH));
    }

    @Test
    void mailsNameTheZoneInTheReadersLanguage() {
        Instant summer = Instant.parse("2026-07-01T12:00:00Z");
        assertEquals("01.07.2026 14:00 MESZ", DisplayTime.dateTimeWithZone(summer, Locale.GERMAN));
        assertEquals("2026-07-01 14:00 CEST", DisplayTime.dateTimeWithZone(summer, Locale.ENGLISH));
    }

    @Test
    void otherLanguagesGetTheEnglishFormat() {
        assertEquals("yyyy-MM-dd", DisplayTime.datePattern(Locale.FRENCH));
        assertEquals("dd.MM.yyyy HH:mm", DisplayTime.dateTimePattern(Locale.GERMANY));
        assertEquals("Dec 2025", DisplayTime.month(YearMonth.of(2025, 12), Locale.ENGLISH));
        assertEquals("Dez. 2025", DisplayTime.month(YearMonth.of(2025, 12), Locale.GERMAN));
    }

    @Test
    void theCallersLanguageChoosesBetweenTwoNames() {
        assertEquals("Support contacts", CallerLocale.choose("Support contacts", "Support-Kontakte"));
        try (var german = CallerLocale.use(Locale.GERMANY)) {
            assertEquals("Support-Kontakte", CallerLocale.choose("Support contacts", "Support-Kontakte"));
            assertEquals("Admin's own", CallerLocale.choose("Admin's own", null));
            assertEquals("Admin's own", CallerLocale.choose("Admin's own", ""));
            assertEquals(ZoneId.of("Europe/Berlin"), DisplayTime.zone());
        }
    }

    @Test
    void aRangeOfDaysRunsFromTheFirstDaysStartToTheStartOfTheDayAfterTheLastInTheDisplayZone() {
        var span = DisplayTime.days(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        assertEquals(LocalDate.of(2026, 3, 1).atStartOfDay(DisplayTime.zone()).toInstant(), span.start());
        assertEquals(LocalDate.of(2026, 4, 1).atStartOfDay(DisplayTime.zone()).toInstant(), span.end());
        assertNull(DisplayTime.days(null, null).start());
        assertNull(DisplayTime.days(null, null).end());
    }
}
