package dev.gemba.finding.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;

import dev.gemba.finding.entity.EvidenceQuery;
import org.junit.jupiter.api.Test;

class ImpactWindowTest {

    private static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");

    @Test
    void aQueryPeriodCountsWholeDaysBothInclusiveAndThePreviousPeriodHasTheSameLength() {
        var query = new EvidenceQuery(null, null, null, null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 14));
        var window = ImpactWindow.of(query, null, null, NOW);
        assertEquals(Instant.parse("2026-03-01T00:00:00Z"), window.from());
        assertEquals(Instant.parse("2026-03-15T00:00:00Z"), window.to());
        assertEquals(Instant.parse("2026-02-15T00:00:00Z"), window.previous().from());
        assertEquals(window.from(), window.previous().to());
    }

    @Test
    void anOpenEndedQueryCountsUpToNow() {
        var query = new EvidenceQuery("vpn", null, null, null, LocalDate.of(2026, 3, 1), null);
        var window = ImpactWindow.of(query, null, null, NOW);
        assertEquals(NOW, window.to());
    }

    @Test
    void linkedFeedbackAloneSpansTheDaysOfTheFirstAndLastItem() {
        var window = ImpactWindow.of(null, LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 9), NOW);
        assertEquals(Instant.parse("2026-02-03T00:00:00Z"), window.from());
        assertEquals(Instant.parse("2026-02-10T00:00:00Z"), window.to());
    }

    @Test
    void withoutAnyDateThePeriodIsTheLastThirtyDays() {
        var window = ImpactWindow.of(null, null, null, NOW);
        assertEquals(NOW.minusSeconds(30L * 86400), window.from());
        assertEquals(NOW, window.to());
    }
}
