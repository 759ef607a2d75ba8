package dev.gemba.it;

import java.util.concurrent.Callable;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Lets in-container tests call role-protected services with the ADMIN role. */
@Stateless
@RunAs("ADMIN")
@PermitAll
public class RunAsAdmin {

    public <T> T call(Callable<T> action) throws Exception {
        return action.call();
    }
}
