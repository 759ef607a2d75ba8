package dev.gemba.security.web;

import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import dev.gemba.security.boundary.AuthenticationService;

/** Validates usernames and passwords against the users stored in Gemba's database. */
@ApplicationScoped
public class GembaIdentityStore implements IdentityStore {

    @EJB
    AuthenticationService authentication;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return authentication
                .authenticate(login.getCaller(), login.getPassword().getValue())
                .map(caller -> new CredentialValidationResult(caller.username(), Set.copyOf(caller.roleNames())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
