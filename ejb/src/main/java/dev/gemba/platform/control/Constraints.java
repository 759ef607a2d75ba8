package dev.gemba.platform.control;

import java.sql.SQLException;

/** Reading database failures that callers handle as an answer rather than an error. */
public final class Constraints {

    private Constraints() {}

    /**
     * Whether the failure is a unique-key violation (SQL state class 23), e.g. two requests
     * racing to store the same external id: the loser then reads what the winner stored.
     */
    public static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return true;
            }
            if (t.getClass().getName().equals("org.hibernate.exception.ConstraintViolationException")) {
                return true;
            }
        }
        return false;
    }
}
