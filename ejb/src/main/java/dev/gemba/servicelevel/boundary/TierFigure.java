package dev.gemba.servicelevel.boundary;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A tiered-support figure of one month against its target: level 1's and level 2's resolution of
 * what reached them, level 3's share of all tickets.
 *
 * @param level the support level, 1 to 3
 * @param measured the figure as measured (percent)
 * @param shareOfAll the percentage of all tickets the level resolved: level 1's figure; level 2's
 *     figure times what level 1 passed on (null when level 1 was not measured that month); level 3's
 *     figure
 */
public record TierFigure(
        AgreementRef agreement,
        YearMonth period,
        int level,
        BigDecimal measured,
        BigDecimal shareOfAll,
        BigDecimal targetValue,
        ComplianceStatus status) {}
