package dev.gemba.servicelevel.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.YearMonth;

import dev.gemba.importing.boundary.RowRejected;
import org.junit.jupiter.api.Test;

class MeasurementRowHandlerTest {

    private static final YearMonth NOW = YearMonth.of(2026, 12);

    @Test
    void monthsAreReadInTheUsualSpellings() throws RowRejected {
        assertEquals(YearMonth.of(2026, 3), MeasurementRowHandler.period("2026-03", NOW));
        assertEquals(YearMonth.of(2026, 3), MeasurementRowHandler.period("2026-03-31", NOW));
        assertEquals(YearMonth.of(2026, 3), MeasurementRowHandler.period("03/2026", NOW));
        assertEquals(YearMonth.of(2026, 3), MeasurementRowHandler.period("3.2026", NOW));
    }

    @Test
    void aMonthThatIsNoneOrInTheFutureIsRefusedNamingThePeriod() {
        var notAMonth = assertThrows(RowRejected.class, () -> MeasurementRowHandler.period("2026-13", NOW));
        assertEquals("period", notAMonth.field());
        assertEquals("service-level.not-a-month", notAMonth.reason().key());
        var future = assertThrows(RowRejected.class, () -> MeasurementRowHandler.period("2027-01", NOW));
        assertEquals("service-level.month-in-future", future.reason().key());
    }

    @Test
    void numbersMayUseADecimalCommaAndAPercentSign() throws RowRejected {
        assertEquals(new BigDecimal("99.5"), MeasurementRowHandler.number("99,5 %"));
        assertEquals(new BigDecimal("12"), MeasurementRowHandler.number("12"));
        var bad = assertThrows(RowRejected.class, () -> MeasurementRowHandler.number("n/a"));
        assertEquals("measured", bad.field());
    }
}
