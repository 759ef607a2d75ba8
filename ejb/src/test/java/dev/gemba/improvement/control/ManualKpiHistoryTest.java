package dev.gemba.improvement.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import dev.gemba.improvement.control.ManualKpiHistory.Day;
import org.junit.jupiter.api.Test;

/** Which of a manual KPI's values count: the newest entry of a day, the latest before or since a day. */
class ManualKpiHistoryTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);

    private final ManualKpiHistory history = ManualKpiHistory.of(List.of(
            new Day(MARCH_1.plusDays(10), 70),
            new Day(MARCH_1, 60),
            new Day(MARCH_1.plusDays(5), 62),
            // a correction of the 6th, entered later
            new Day(MARCH_1.plusDays(5), 64)));

    @Test
    void theNewestEntryOfADayCountsAndDaysAreInOrder() {
        assertEquals(
                List.of(new Day(MARCH_1, 60), new Day(MARCH_1.plusDays(5), 64), new Day(MARCH_1.plusDays(10), 70)),
                history.days());
    }

    @Test
    void theBaselineIsTheLatestValueOnOrBeforeTheApprovalDay() {
        assertEquals(64, history.onOrBefore(MARCH_1.plusDays(7)).orElseThrow().value());
        assertEquals(64, history.onOrBefore(MARCH_1.plusDays(5)).orElseThrow().value());
        assertTrue(history.onOrBefore(MARCH_1.minusDays(1)).isEmpty());
    }

    @Test
    void theValueAfterIsTheLatestOneOnOrAfterTheDeliveryDay() {
        assertEquals(70, history.latestSince(MARCH_1.plusDays(8)).orElseThrow().value());
        assertEquals(70, history.latestSince(MARCH_1.plusDays(10)).orElseThrow().value());
        assertTrue(history.latestSince(MARCH_1.plusDays(11)).isEmpty(), "nothing measured since delivery yet");
    }
}
