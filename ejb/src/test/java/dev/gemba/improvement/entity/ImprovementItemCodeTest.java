package dev.gemba.improvement.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ImprovementItemCodeTest {

    @Test
    void fourDigitsAtLeastAsTheFormatGave() {
        assertEquals("CSI-0001", ImprovementItem.code(1));
        assertEquals("CSI-0042", ImprovementItem.code(42));
        assertEquals("CSI-9999", ImprovementItem.code(9999));
        assertEquals("CSI-100001", ImprovementItem.code(100_001));
        for (int n = -20; n < 20_000; n++) {
            assertEquals(String.format("CSI-%04d", n), ImprovementItem.code(n));
        }
    }
}
