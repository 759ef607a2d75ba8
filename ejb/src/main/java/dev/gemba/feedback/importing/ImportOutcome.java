package dev.gemba.feedback.importing;

import java.io.Serializable;

import dev.gemba.feedback.boundary.FeedbackForm;

/** What the processor made of a row: feedback to store, or the reason it was refused. */
public sealed interface ImportOutcome extends Serializable {

    long row();

    record Accepted(long row, FeedbackForm form) implements ImportOutcome {}

    record Rejected(long row, String column, RowReason reason) implements ImportOutcome {}
}
