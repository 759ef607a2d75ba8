package dev.gemba.feedback.insight;

import java.time.Instant;
import java.util.List;

import dev.gemba.feedback.entity.SupportTier;

/**
 * Who feedback came from in a period and scope, which support tier handled it, and the most positive
 * comments with who gave them.
 *
 * @param items every feedback item received in the period
 * @param people distinct contacts (by e-mail, else by name) among them
 * @param tiers items per support tier, in tier order; items without a tier are not counted
 * @param positive the most positive analysed comments, highest score first
 */
public record FeedbackReach(long items, long people, List<TierCount> tiers, List<Comment> positive) {

    public FeedbackReach {
        tiers = List.copyOf(tiers);
        positive = List.copyOf(positive);
    }

    public record TierCount(SupportTier tier, long items) {}

    /** A positive comment; the contact fields are whatever the sender gave, possibly null. */
    public record Comment(
            long feedbackId,
            Instant receivedAt,
            String text,
            String contactName,
            String contactEmail,
            String businessUnit,
            Double score) {}
}
