package dev.gemba.it;

import java.util.concurrent.Callable;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Lets in-container tests call role-protected services with the VIEWER role. */
@Stateless
@RunAs("VIEWER")
@PermitAll
public class RunAsViewer {

    public <T> T call(Callable<T> action) throws Exception {
        return action.call();
    }
}
