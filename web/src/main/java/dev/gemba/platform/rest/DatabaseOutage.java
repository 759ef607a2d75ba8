package dev.gemba.platform.rest;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import javax.transaction.xa.XAException;

import jakarta.resource.ResourceException;
import jakarta.ws.rs.core.Response;

/**
 * Recognises an error that means the database cannot be reached (down, restarting, connection
 * lost, no connection to be had from the pool), as opposed to a fault in the request or in Gemba.
 * Such requests answer 503 with {@code Retry-After}: nothing was stored, or the commit's outcome is
 * unknown, and the same request is worth repeating (see the README on retries).
 */
public final class DatabaseOutage {

    /** Seconds a client should wait before retrying: about the pool's 10 s validation period. */
    public static final int RETRY_AFTER_SECONDS = 10;

    /**
     * SQL states beyond class 08 (connection exception) that PostgreSQL uses while it shuts down,
     * crashes or starts, and H2's "connection broken" and "database closed".
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "90067", "90098");

    private DatabaseOutage() {}

    public static Problem problem() {
        return Problem.of(
                Response.Status.SERVICE_UNAVAILABLE,
                "database-unavailable",
                "the database cannot be reached just now; repeat the request after Retry-After seconds");
    }

    /** 503 problem+json with Retry-After. */
    public static Response response() {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .type(Problem.MEDIA)
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .entity(problem())
                .build();
    }

    /** Whether the cause chain of {@code thrown} shows the database unreachable. */
    public static boolean causes(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    // the pool (IronJacamar) could not get or create a connection
                    || t instanceof ResourceException
                    // Hibernate's translation of class 08, when its SQLException is not chained
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")
                    || t instanceof XAException xa && xa.errorCode == XAException.XAER_RMFAIL) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || UNAVAILABLE_STATES.contains(state)) {
                    return true;
                }
            }
        }
        return false;
    }
}
