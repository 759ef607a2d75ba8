package dev.gemba.it;

import java.util.List;
import java.util.concurrent.Callable;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;

import dev.gemba.security.control.SystemCaller;
import dev.gemba.security.entity.Role;

/** Lets in-container tests call role-protected services as a caller of no account with the ADMIN role. */
@Stateless
@PermitAll
public class RunAsAdmin {

    public <T> T call(Callable<T> action) throws Exception {
        return SystemCaller.call("it-admin", List.of(Role.ADMIN), action);
    }
}
