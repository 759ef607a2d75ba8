package dev.gemba.platform.boundary;

import jakarta.ejb.ApplicationException;

/** An update was based on a version that somebody else has changed since. */
@ApplicationException(rollback = true)
public class StaleUpdateException extends RuntimeException {

    public StaleUpdateException(String kind, Object id, long expected, long actual) {
        super(ServiceMessages.text("record.stale", ServiceMessages.kind(kind), id, expected, actual));
    }
}
