package dev.gemba.platform.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;

import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aRefusedConnectionDeepInTheChainIsAnOutage() {
        var refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        var pool = new ResourceException("IJ000453: Unable to get managed connection", refused);
        assertTrue(DatabaseOutage.causes(new EJBException(
                new PersistenceException("Unable to acquire JDBC Connection", new SQLException(pool)))));
    }

    @Test
    void aLostConnectionOrAShuttingDownServerIsAnOutage() {
        assertTrue(DatabaseOutage.causes(new PersistenceException(
                new SQLException("An I/O error occurred while sending to the backend", "08006"))));
        assertTrue(DatabaseOutage.causes(
                new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseOutage.causes(new SQLTransientConnectionException("timeout")));
    }

    @Test
    void constraintViolationsAndBugsAreNot() {
        assertFalse(DatabaseOutage.causes(
                new PersistenceException(new SQLException("duplicate key value violates unique constraint", "23505"))));
        assertFalse(DatabaseOutage.causes(new EJBException(new IllegalStateException("bug"))));
        assertFalse(DatabaseOutage.causes(new SQLException("no state")));
    }
}
