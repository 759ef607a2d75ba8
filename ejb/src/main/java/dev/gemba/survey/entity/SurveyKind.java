package dev.gemba.survey.entity;

/** Transactional surveys follow a ticket; relationship surveys reach everyone; pulses are short and frequent. */
public enum SurveyKind {
    TRANSACTIONAL,
    RELATIONSHIP,
    PULSE
}
