package dev.gemba.notice.boundary;

import java.time.Instant;

/**
 * One line of a business unit's "you said, we did" page: an item that came from its people's
 * feedback, what was done and when, how many of the unit's voices it answered and how many of
 * its people were told.
 */
public record UnitDelivery(
        long itemId,
        String number,
        String title,
        String toStatus,
        String closure,
        Instant changedAt,
        int voices,
        long peopleTold) {}
