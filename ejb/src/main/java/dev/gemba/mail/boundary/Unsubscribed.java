package dev.gemba.mail.boundary;

import java.time.Instant;

/**
 * Where an unsubscribe link leads: the address, partly hidden (the link may have been forwarded),
 * and since when it gets no more mail that is not transactional (null: still subscribed).
 */
public record Unsubscribed(String address, Instant optedOutAt) {

    static String hidden(String address) {
        int at = address.indexOf('@');
        if (at <= 1) {
            return "…" + address.substring(Math.max(at, 0));
        }
        return address.charAt(0) + "…" + address.substring(at);
    }
}
