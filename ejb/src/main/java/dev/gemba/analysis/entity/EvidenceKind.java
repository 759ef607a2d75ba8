package dev.gemba.analysis.entity;

/** What a piece of sentiment evidence is: a polar word, a negated phrase or a sarcasm cue. */
public enum EvidenceKind {
    WORD,
    NEGATED,
    SARCASM
}
