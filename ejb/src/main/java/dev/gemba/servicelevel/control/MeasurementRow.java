package dev.gemba.servicelevel.control;

import java.math.BigDecimal;
import java.time.YearMonth;

/** An import row turned into a target's figure for a month. */
public record MeasurementRow(long number, long targetId, YearMonth period, BigDecimal value) {}
