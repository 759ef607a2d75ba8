package dev.gemba.feedback.boundary;

import java.time.Instant;

import dev.gemba.analysis.entity.AnalysisStatus;
import dev.gemba.analysis.entity.Sentiment;
import dev.gemba.feedback.entity.Channel;
import dev.gemba.feedback.entity.SupportTier;

/**
 * Inbox filters; null means "any". Sentiment filters on the corrected sentiment where a person
 * gave one, else the model's. {@code to} is exclusive; {@code tag} matches one of the item's tags
 * in any case.
 */
public record FeedbackQuery(
        Sentiment sentiment,
        String topic,
        Long serviceId,
        Long businessUnitId,
        Channel channel,
        SupportTier tier,
        Instant from,
        Instant to,
        AnalysisStatus status,
        String text,
        String tag) {

    public static FeedbackQuery all() {
        return new FeedbackQuery(null, null, null, null, null, null, null, null, null, null, null);
    }
}
