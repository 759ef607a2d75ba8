package dev.gemba.improvement.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ImprovementRepositoryTest {

    @Test
    void aSearchTextNamesACsiNumberInAnyOfItsForms() {
        assertEquals(7, ImprovementRepository.number("CSI-0007"));
        assertEquals(7, ImprovementRepository.number(" csi-7 "));
        assertEquals(12, ImprovementRepository.number("0012"));
        assertNull(ImprovementRepository.number("VPN 7"));
        assertNull(ImprovementRepository.number("CSI-"));
    }
}
