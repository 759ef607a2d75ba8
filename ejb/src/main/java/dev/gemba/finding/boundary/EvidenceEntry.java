package dev.gemba.finding.boundary;

import java.time.Instant;

import dev.gemba.finding.entity.EvidenceKind;

/**
 * One linked item of evidence as it is now (read from its own record, never a copy).
 *
 * @param itemId the feedback, survey response or touchpoint id; null for a coverage gap
 * @param text the feedback text, the response's scores, the touchpoint's summary or the gap
 * @param sentiment the feedback's effective sentiment (a person's correction, else the model's)
 * @param occurredAt when the item was received, answered or took place; null for a gap
 */
public record EvidenceEntry(
        long id,
        EvidenceKind kind,
        Long itemId,
        String text,
        String sentiment,
        Instant occurredAt,
        String businessUnitName,
        String linkedBy,
        Instant linkedAt) {}
