package dev.gemba.survey.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Locale;
import java.util.TimeZone;

import dev.gemba.platform.boundary.CallerLocale;
import dev.gemba.survey.control.FatigueRules.Skip;
import dev.gemba.survey.entity.SkipReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A skip reason is stored as figures and written in the reader's language, times formatted. */
class SkipTest {

    private TimeZone before;

    @BeforeEach
    void inUtc() {
        before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @AfterEach
    void restore() {
        TimeZone.setDefault(before);
    }

    @Test
    void theLastInvitationsTimeIsWrittenAsPagesWriteTimes() {
        Skip skip = Skip.of(SkipReason.MIN_DAYS_BETWEEN, Instant.parse("2026-12-06T05:03:47.717974Z"), 7);
        assertEquals("last invited 2026-12-06 05:03; at least 7 days between invitations", skip.text());
        try (var german = CallerLocale.use(Locale.GERMAN)) {
            assertEquals(
                    "zuletzt eingeladen am 06.12.2026 05:03; mindestens 7 Tage zwischen zwei Einladungen", skip.text());
        }
    }

    @Test
    void figuresSurviveStorage() {
        Skip skip = Skip.of(SkipReason.NOT_SAMPLED, 25);
        Skip stored = Skip.stored(SkipReason.NOT_SAMPLED, skip.figuresJson()).orElseThrow();
        assertEquals(skip, stored);
        assertEquals("outside the 25% sample", stored.text());
        assertTrue(Skip.stored(SkipReason.NOT_SAMPLED, null).isEmpty(), "rows from before figures were stored");
    }

    @Test
    void everyReasonIsWrittenInBothLanguages() {
        for (SkipReason reason : SkipReason.values()) {
            Skip skip = Skip.of(reason, 1, 2);
            String english = skip.text();
            try (var german = CallerLocale.use(Locale.GERMAN)) {
                assertTrue(!skip.text().equals(english) && skip.text().contains("1"), reason + ": " + skip.text());
            }
        }
    }
}
