package dev.gemba.finding.boundary;

import java.time.Instant;

/**
 * Someone whose feedback or survey answers are evidence of a finding.
 *
 * @param address their e-mail address; null for anonymous feedback and anonymous survey answers
 * @param language what they wrote in or answered in ("de", "en"…), or null when unknown
 */
public record EvidencePerson(String address, String name, String language, Long businessUnitId, Instant said) {}
