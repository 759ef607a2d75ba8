package dev.gemba.importing.control;

import java.io.Serializable;

import dev.gemba.importing.boundary.RowReason;

/** What the processor made of a row: the kind's record to store, or the reason it was refused. */
public sealed interface ImportOutcome extends Serializable {

    long row();

    record Accepted(long row, Object record) implements ImportOutcome {}

    /** @param column the file's column at fault, null when the row as a whole is */
    record Rejected(long row, String column, RowReason reason) implements ImportOutcome {}
}
