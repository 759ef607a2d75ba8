package dev.gemba.survey.control;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

import dev.gemba.feedback.entity.SupportTier;

/** A row turned into a response to store: its answers by question code, already checked. */
record ResponseRow(
        long row,
        String externalId,
        Instant submittedAt,
        String contactName,
        String contactEmail,
        Long businessUnitId,
        Long serviceId,
        SupportTier tier,
        Map<String, String> answers)
        implements Serializable {}
