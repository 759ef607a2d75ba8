package dev.gemba.survey.control;

import static dev.gemba.platform.control.JsonProviders.JSON;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonString;

import dev.gemba.platform.boundary.DisplayTime;
import dev.gemba.platform.boundary.ServiceMessages;
import dev.gemba.survey.entity.SkipReason;
import dev.gemba.survey.entity.SurveyPolicy;

/**
 * Decides whether a person may be invited now, counting every survey kind together. The rules
 * run from the most to the least specific: a recent complaint, the 30-day maximum, the minimum
 * gap, then sampling (transactional invitations only).
 */
@Dependent
public class FatigueRules {

    /**
     * A rule that stopped an invitation, with the figures behind it (counts, days, times as ISO
     * instants), so that it can be written in each reader's language with times formatted.
     */
    public record Skip(SkipReason reason, List<String> figures) {

        public Skip {
            figures = List.copyOf(figures);
        }

        static Skip of(SkipReason reason, Object... figures) {
            return new Skip(reason, Arrays.stream(figures).map(String::valueOf).toList());
        }

        /** Why, in the caller's language ({@code skip.<REASON>} service messages), times as pages show them. */
        public String text() {
            String key = "skip." + reason.name();
            return ServiceMessages.text(
                    key, figures.stream().map(Skip::readable).toArray());
        }

        private static String readable(String figure) {
            try {
                return DisplayTime.dateTime(Instant.parse(figure));
            } catch (DateTimeParseException e) {
                return figure;
            }
        }

        /** The figures as stored: a JSON array of strings. */
        public String figuresJson() {
            var array = JSON.createArrayBuilder();
            figures.forEach(array::add);
            return array.build().toString();
        }

        /** A stored skip; empty for invitations skipped before figures were stored. */
        public static Optional<Skip> stored(SkipReason reason, String figuresJson) {
            if (reason == null || figuresJson == null) {
                return Optional.empty();
            }
            try (var reader = JSON.createReader(new StringReader(figuresJson))) {
                return Optional.of(new Skip(
                        reason,
                        reader.readArray().getValuesAs(JsonString.class).stream()
                                .map(JsonString::getString)
                                .toList()));
            }
        }
    }

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
                return Optional.of(Skip.of(
                        SkipReason.QUIET_AFTER_COMPLAINT, complaint.get(), policy.getQuietDaysAfterComplaint()));
            }
        }
        long recent = invitations.invitedSince(personKey, now.minus(Duration.ofDays(30)));
        if (recent >= policy.getMaxPer30Days()) {
            return Optional.of(Skip.of(SkipReason.MAX_PER_30_DAYS, recent, policy.getMaxPer30Days()));
        }
        if (policy.getMinDaysBetween() > 0) {
            var last = invitations.lastInvited(personKey);
            if (last.isPresent() && last.get().isAfter(now.minus(Duration.ofDays(policy.getMinDaysBetween())))) {
                return Optional.of(Skip.of(SkipReason.MIN_DAYS_BETWEEN, last.get(), policy.getMinDaysBetween()));
            }
        }
        if (samplingKey != null) {
            int percent = surveys.samplingPercent(serviceId, policy);
            if (bucket(samplingKey) >= percent) {
                return Optional.of(Skip.of(SkipReason.NOT_SAMPLED, percent));
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
