package dev.gemba.finding.entity;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A saved filter over feedback that keeps counting as new data arrives; its scope is the
 * finding's service and business unit. Every criterion is optional; an open end counts to today.
 * Sentiment, channel and tier are stored by name, so this feature does not depend on the
 * feedback feature's types.
 */
@Embeddable
public class EvidenceQuery {

    @Column(name = "query_topic", length = 60)
    private String topic;

    @Column(name = "query_sentiment", length = 10)
    private String sentiment;

    @Column(name = "query_channel", length = 20)
    private String channel;

    @Column(name = "query_tier", length = 4)
    private String tier;

    @Column(name = "query_since")
    private LocalDate since;

    @Column(name = "query_until")
    private LocalDate until;

    protected EvidenceQuery() {}

    public EvidenceQuery(
            String topic, String sentiment, String channel, String tier, LocalDate since, LocalDate until) {
        this.topic = topic;
        this.sentiment = sentiment;
        this.channel = channel;
        this.tier = tier;
        this.since = since;
        this.until = until;
    }

    public String topic() {
        return topic;
    }

    public String sentiment() {
        return sentiment;
    }

    public String channel() {
        return channel;
    }

    public String tier() {
        return tier;
    }

    public LocalDate since() {
        return since;
    }

    public LocalDate until() {
        return until;
    }
}
