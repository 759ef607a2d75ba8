package dev.gemba.notice.entity;

/** Why someone is told of a notice. */
public enum Audience {
    /** Their feedback or survey answers are the item's evidence. */
    PERSON,
    /** They manage the relationship with the business unit of such a person. */
    RELATIONSHIP_MANAGER
}
