package dev.gemba.platform.boundary;

import jakarta.ejb.ApplicationException;

/** A value that must be unique (a name, a username) is already taken. */
@ApplicationException(rollback = true)
public class DuplicateException extends RuntimeException {

    private final String field;

    public DuplicateException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
