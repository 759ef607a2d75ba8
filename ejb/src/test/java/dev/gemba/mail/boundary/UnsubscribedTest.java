package dev.gemba.mail.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnsubscribedTest {

    @Test
    void theAddressShowsOnlyItsFirstLetterAndDomain() {
        assertEquals("g…@example.com", Unsubscribed.hidden("greta.gruber@example.com"));
        assertEquals("…@example.com", Unsubscribed.hidden("g@example.com"));
    }
}
