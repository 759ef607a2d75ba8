package dev.gemba.servicelevel.control;

import java.math.BigDecimal;
import java.time.YearMonth;

import dev.gemba.servicelevel.boundary.AgreementRef;
import dev.gemba.servicelevel.boundary.TargetDetails;

/** A target's current figure for a month, as compliance is computed from it. */
public record MeasuredFigure(AgreementRef agreement, TargetDetails target, YearMonth period, BigDecimal measured) {}
