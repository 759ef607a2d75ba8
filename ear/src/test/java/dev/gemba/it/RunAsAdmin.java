package dev.gemba.it;

import java.util.concurrent.Callable;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Lets in-container tests call role-protected services with the ADMIN role, as a signed-in caller
 * of no account (a run-as role alone would leave the caller anonymous).
 */
@Stateless
@RunAs("ADMIN")
@RunAsPrincipal("it-admin")
@PermitAll
public class RunAsAdmin {

    public <T> T call(Callable<T> action) throws Exception {
        return action.call();
    }
}
