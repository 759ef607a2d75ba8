package dev.gemba.improvement.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Locale;
import java.util.Random;

import dev.gemba.improvement.control.RegisterRow;
import dev.gemba.improvement.entity.Effort;
import dev.gemba.improvement.entity.ImprovementStatus;
import dev.gemba.improvement.entity.ImprovementType;
import dev.gemba.improvement.entity.KpiKind;
import org.junit.jupiter.api.Test;

class ScoreCardsTest {

    @Test
    void aRowsCardCarriesTheWeightsItsStatementRead() {
        var card = ScoreCards.of(row(0.31, 0.5, 2, 1, 0));
        assertEquals(0.5, card.components().get(0).weight());
        assertEquals(2, card.components().get(1).weight());
        assertEquals(1, card.components().get(2).weight());
        assertEquals(0, card.components().get(3).weight());
        assertEquals("31.0% harm", card.components().get(1).basis());
        assertEquals("for Mail, Finance on topic network-connectivity", scopeOf(card));
    }

    @Test
    void theHarmReadsAsTheOneDecimalFormatDid() {
        var random = new Random(17);
        double[] ties = {0, 0.0005, 0.0015, 0.00125, 0.1225, 0.4445, 0.9995, 1};
        for (double v : ties) {
            assertHarm(v);
        }
        for (int i = 0; i < 20_000; i++) {
            assertHarm(i % 2 == 0 ? random.nextDouble() : Math.round(random.nextDouble() * 10_000) / 10_000.0);
        }
    }

    private static void assertHarm(double impact) {
        assertEquals(
                String.format(Locale.ROOT, "%.1f%% harm", 100 * impact),
                ScoreCards.of(row(impact, 1, 1, 1, 1)).components().get(1).basis(),
                "impact " + impact);
    }

    private static String scopeOf(ScoreCard card) {
        String source = card.components().get(1).source();
        return source.substring(source.indexOf("feedback ") + "feedback ".length());
    }

    private static RegisterRow row(double impact, double wr, double wi, double wc, double we) {
        return new RegisterRow(
                1,
                7,
                "Title",
                ImprovementStatus.PROPOSED,
                null,
                ImprovementType.PROCESS,
                Effort.M,
                null,
                "owner",
                KpiKind.NEGATIVE_SHARE,
                "network-connectivity",
                "Mail",
                "Finance",
                28,
                null,
                null,
                null,
                90,
                1,
                impact,
                80,
                2,
                6.2,
                Instant.EPOCH,
                0,
                wr,
                wi,
                wc,
                we,
                1);
    }
}
