package dev.gemba.feedback.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class InsightPeriodsTest {

    @Test
    void weeksStartOnMondayAndMonthsOnTheFirstInUtc() {
        Instant monday = Instant.parse("2025-03-03T00:00:00Z");
        assertEquals(monday, InsightService.startOf(LocalDate.parse("2025-03-03"), Granularity.WEEK));
        assertEquals(monday, InsightService.startOf(LocalDate.parse("2025-03-09"), Granularity.WEEK), "a Sunday");
        assertEquals(
                Instant.parse("2025-03-10T00:00:00Z"),
                InsightService.startOf(LocalDate.parse("2025-03-10"), Granularity.WEEK));
        assertEquals(
                Instant.parse("2025-02-01T00:00:00Z"),
                InsightService.startOf(LocalDate.parse("2025-02-28"), Granularity.MONTH));
    }

    @Test
    void everyPeriodOfTheRangeFromTheOneHoldingItsStart() {
        assertEquals(
                List.of(
                        Instant.parse("2025-02-24T00:00:00Z"),
                        Instant.parse("2025-03-03T00:00:00Z"),
                        Instant.parse("2025-03-10T00:00:00Z")),
                InsightService.emptyPeriods(
                        Instant.parse("2025-02-26T10:00:00Z"),
                        Instant.parse("2025-03-17T00:00:00Z"),
                        Granularity.WEEK,
                        Map.of()));
        assertEquals(
                List.of(Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-02-01T00:00:00Z")),
                InsightService.emptyPeriods(
                        Instant.parse("2025-01-01T00:00:00Z"),
                        Instant.parse("2025-03-01T00:00:00Z"),
                        Granularity.MONTH,
                        Map.of()));
    }

    @Test
    void aVeryLongRangeIsFilledOnlyBetweenItsFirstAndLastFeedback() {
        Map<Instant, long[]> filled = new TreeMap<>();
        filled.put(Instant.parse("2025-03-03T00:00:00Z"), new long[4]);
        filled.put(Instant.parse("2025-03-24T00:00:00Z"), new long[4]);
        List<Instant> periods = InsightService.emptyPeriods(
                Instant.parse("1990-01-01T00:00:00Z"), Instant.parse("2030-01-01T00:00:00Z"), Granularity.WEEK, filled);
        assertEquals(4, periods.size(), periods::toString);
        assertEquals(Instant.parse("2025-03-24T00:00:00Z"), periods.get(3));
        assertEquals(
                List.of(),
                InsightService.emptyPeriods(
                        Instant.parse("1990-01-01T00:00:00Z"),
                        Instant.parse("2030-01-01T00:00:00Z"),
                        Granularity.WEEK,
                        Map.of()));
    }
}
