package dev.gemba.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void offsetIsPageTimesSize() {
        assertEquals(40, new PageRequest(2, 20, null, false).offset());
    }

    @Test
    void refusesNegativePagesAndOversizedPagesNamingTheParameter() {
        assertEquals(
                "page",
                assertThrows(InvalidInputException.class, () -> new PageRequest(-1, 20, null, false))
                        .errors()
                        .get(0)
                        .field());
        assertEquals(
                "size",
                assertThrows(
                                InvalidInputException.class,
                                () -> new PageRequest(0, PageRequest.MAX_SIZE + 1, null, false))
                        .errors()
                        .get(0)
                        .field());
        assertEquals(
                "size",
                assertThrows(InvalidInputException.class, () -> new PageRequest(0, 0, null, false))
                        .errors()
                        .get(0)
                        .field());
    }

    @Test
    void refusesAPageWhoseOffsetWouldOverflowInsteadOfFailingInTheDatabase() {
        assertEquals(
                "page",
                assertThrows(InvalidInputException.class, () -> new PageRequest(Integer.MAX_VALUE, 20, null, false))
                        .errors()
                        .get(0)
                        .field());
        int last = Integer.MAX_VALUE / 20;
        assertEquals((long) last * 20, new PageRequest(last, 20, null, false).offset());
    }
}
