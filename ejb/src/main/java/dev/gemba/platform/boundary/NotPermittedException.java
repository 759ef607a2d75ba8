package dev.gemba.platform.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The caller's role allows the kind of change, but not on this record: a relationship manager
 * changing another relationship manager's business unit, for instance. REST answers 403.
 */
@ApplicationException(rollback = true)
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
