package dev.gemba.finding.boundary;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A saved evidence query: feedback on the finding's service and business unit that matches every
 * criterion given; all optional. {@code since} and {@code until} are whole UTC days, both inclusive;
 * without {@code until} the query keeps counting up to now.
 */
public record EvidenceQueryForm(
        @Size(max = 60) String topic,
        @Pattern(regexp = "NEGATIVE|NEUTRAL|POSITIVE|MIXED") String sentiment,
        @Pattern(regexp = "PHONE|EMAIL|CHAT|WALK_IN|SOCIAL|COMPLAINT|ESCALATION|COMPLIMENT|SURVEY|OTHER")
                String channel,
        @Pattern(regexp = "L[0-3]") String tier,
        LocalDate since,
        LocalDate until) {

    public EvidenceQueryForm {
        topic = topic == null || topic.isBlank() ? null : topic.strip();
        sentiment = blankToNull(sentiment);
        channel = blankToNull(channel);
        tier = blankToNull(tier);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
