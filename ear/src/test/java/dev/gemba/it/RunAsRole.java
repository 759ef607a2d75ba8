package dev.gemba.it;

import java.util.concurrent.Callable;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Lets in-container tests call role-protected services with a given role. */
public final class RunAsRole {

    private RunAsRole() {
    }

    @Stateless
    @RunAs("ADMIN")
    @PermitAll
    public static class Admin {
        public <T> T call(Callable<T> action) throws Exception {
            return action.call();
        }
    }

    @Stateless
    @RunAs("VIEWER")
    @PermitAll
    public static class Viewer {
        public <T> T call(Callable<T> action) throws Exception {
            return action.call();
        }
    }
}
