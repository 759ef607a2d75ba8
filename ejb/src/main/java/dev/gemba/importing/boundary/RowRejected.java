package dev.gemba.importing.boundary;

/**
 * A row a kind cannot take: the field at fault (the import reports the column mapped to it) and
 * why. Checked, and without a stack trace: refusing rows is ordinary work.
 */
public final class RowRejected extends Exception {

    private final String field;
    private final RowReason reason;

    /** @param field the key of the field at fault, null when the row as a whole is */
    public RowRejected(String field, RowReason reason) {
        super(reason.key(), null, false, false);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public RowReason reason() {
        return reason;
    }
}
