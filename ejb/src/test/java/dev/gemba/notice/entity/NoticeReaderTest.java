package dev.gemba.notice.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class NoticeReaderTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void aFirstDigestIsDueAtOnce() {
        var reader = new NoticeReader("a@example.com", "A", "en");
        assertEquals(NOW, reader.planDigest(NOW));
    }

    @Test
    void aPlannedDigestCollectsWhatComesBeforeIt() {
        var reader = new NoticeReader("a@example.com", "A", "en");
        reader.planDigest(NOW);
        assertNull(reader.planDigest(NOW.plusSeconds(5)), "no second plan: the waiting digest takes it");
    }

    @Test
    void theNextDigestWaitsAWeekAfterTheLastOne() {
        var reader = new NoticeReader("a@example.com", "A", "en");
        reader.planDigest(NOW);
        reader.digestSent(NOW);
        assertEquals(NOW.plus(Duration.ofDays(7)), reader.planDigest(NOW.plus(Duration.ofDays(2))));
    }

    @Test
    void aDigestAfterAQuietWeekGoesAtOnce() {
        var reader = new NoticeReader("a@example.com", "A", "en");
        reader.digestSent(NOW);
        Instant later = NOW.plus(Duration.ofDays(9));
        assertEquals(later, reader.planDigest(later));
    }
}
