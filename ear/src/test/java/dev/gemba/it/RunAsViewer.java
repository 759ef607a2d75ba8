package dev.gemba.it;

import java.util.List;
import java.util.concurrent.Callable;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import dev.gemba.security.control.SystemCaller;
import dev.gemba.security.entity.Role;

/**
 * Lets in-container tests call role-protected services as a caller of no account with the VIEWER role.
 * It starts no transaction of its own: the services it calls demarcate theirs, as when a page or a
 * REST resource calls them.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class RunAsViewer {

    public <T> T call(Callable<T> action) throws Exception {
        return SystemCaller.call("it-viewer", List.of(Role.VIEWER), action);
    }
}
