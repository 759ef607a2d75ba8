package dev.gemba.survey.control;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.zip.CRC32;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import dev.gemba.survey.entity.SkipReason;
import dev.gemba.survey.entity.SurveyPolicy;

/**
 * Decides whether a person may be invited now, counting every survey kind together. The rules
 * run from the most to the least specific: a recent complaint, the 30-day maximum, the minimum
 * gap, then sampling (transactional invitations only).
 */
@Dependent
public class FatigueRules {

    /** A rule that stopped an invitation, with the figures behind it. */
    public record Skip(SkipReason reason, String detail) {}

    @Inject
    InvitationRepository invitations;

    @Inject
    SurveyRepository surveys;

    /**
     * @param samplingKey what sampling hashes (the ticket reference), or null when not sampled
     */
    public Optional<Skip> check(String personKey, Long serviceId, String samplingKey, Instant now) {
        SurveyPolicy policy = surveys.policy();
        if (policy.getQuietDaysAfterComplaint() > 0) {
            var complaint = invitations.lastComplaint(
                    personKey, now.minus(Duration.ofDays(policy.getQuietDaysAfterComplaint())));
            if (complaint.isPresent()) {
                return Optional.of(new Skip(
                        SkipReason.QUIET_AFTER_COMPLAINT,
                        "complaint or escalation on " + complaint.get() + "; quiet for "
                                + policy.getQuietDaysAfterComplaint() + " days"));
            }
        }
        long recent = invitations.invitedSince(personKey, now.minus(Duration.ofDays(30)));
        if (recent >= policy.getMaxPer30Days()) {
            return Optional.of(new Skip(
                    SkipReason.MAX_PER_30_DAYS,
                    recent + " invitations in 30 days; the maximum is " + policy.getMaxPer30Days()));
        }
        if (policy.getMinDaysBetween() > 0) {
            var last = invitations.lastInvited(personKey);
            if (last.isPresent() && last.get().isAfter(now.minus(Duration.ofDays(policy.getMinDaysBetween())))) {
                return Optional.of(new Skip(
                        SkipReason.MIN_DAYS_BETWEEN,
                        "last invited " + last.get() + "; at least " + policy.getMinDaysBetween()
                                + " days between invitations"));
            }
        }
        if (samplingKey != null) {
            int percent = surveys.samplingPercent(serviceId, policy);
            if (bucket(samplingKey) >= percent) {
                return Optional.of(new Skip(SkipReason.NOT_SAMPLED, "outside the " + percent + "% sample"));
            }
        }
        return Optional.empty();
    }

    /** A stable bucket 0–99 for the key: the same ticket is always in or out of the sample. */
    static int bucket(String key) {
        CRC32 crc = new CRC32();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % 100);
    }
}
