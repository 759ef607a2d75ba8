package dev.gemba.platform.boundary;

import jakarta.ejb.ApplicationException;

/** A record addressed by id does not exist (or is not visible to the caller). */
@ApplicationException(rollback = true)
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String kind, Object id) {
        super(ServiceMessages.text("record.unknown", ServiceMessages.kind(kind), id));
    }
}
