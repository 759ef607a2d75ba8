package dev.gemba.review.entity;

/** Where a review stands: planned (pack generated live), published (pack frozen), held (minutes recorded). */
public enum ReviewStatus {
    PLANNED,
    PUBLISHED,
    HELD
}
