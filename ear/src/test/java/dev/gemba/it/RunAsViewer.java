package dev.gemba.it;

import java.util.concurrent.Callable;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;

import dev.gemba.security.entity.Role;

/** Lets in-container tests call role-protected services as a caller of no account with the VIEWER role. */
@Stateless
@PermitAll
public class RunAsViewer {

    public <T> T call(Callable<T> action) throws Exception {
        return TestCaller.call("it-viewer", Role.VIEWER, action);
    }
}
