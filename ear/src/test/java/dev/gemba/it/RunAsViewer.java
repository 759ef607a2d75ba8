package dev.gemba.it;

import java.util.List;
import java.util.concurrent.Callable;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;

import dev.gemba.security.control.SystemCaller;
import dev.gemba.security.entity.Role;

/** Lets in-container tests call role-protected services as a caller of no account with the VIEWER role. */
@Stateless
@PermitAll
public class RunAsViewer {

    public <T> T call(Callable<T> action) throws Exception {
        return SystemCaller.call("it-viewer", List.of(Role.VIEWER), action);
    }
}
