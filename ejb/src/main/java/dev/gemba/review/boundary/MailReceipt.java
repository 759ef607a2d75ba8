package dev.gemba.review.boundary;

import java.util.List;

/**
 * Who a review pack was mailed to, and which participants have no address to mail to.
 *
 * @param sentTo e-mail addresses
 * @param withoutAddress participants (names) without an e-mail address
 */
public record MailReceipt(List<String> sentTo, List<String> withoutAddress) {}
