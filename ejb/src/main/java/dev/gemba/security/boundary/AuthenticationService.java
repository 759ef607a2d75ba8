package dev.gemba.security.boundary;

import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import dev.gemba.security.control.CredentialCache;
import dev.gemba.security.control.PasswordHasher;
import dev.gemba.security.control.UserAccountRepository;
import dev.gemba.security.entity.UserAccount;

/** Verifies a username and password for the web layer's authentication mechanism. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS) // reads only; most calls hit the cache
public class AuthenticationService {

    /** Hash of a random password, checked for unknown users so they take as long as known ones. */
    private static final String DUMMY_HASH =
            "pbkdf2-sha256$210000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    @Inject
    UserAccountRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    CredentialCache cache;

    public Optional<CallerIdentity> authenticate(String username, char[] password) {
        if (username == null || username.isBlank() || password == null || password.length == 0) {
            return Optional.empty();
        }
        Optional<CallerIdentity> cached = cache.lookup(username, password);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<UserAccount> user = users.findByUsername(username);
        if (user.isEmpty()) {
            hasher.verify(password, DUMMY_HASH);
            return Optional.empty();
        }
        UserAccount account = user.get();
        if (!hasher.verify(password, account.getPasswordHash()) || !account.isEnabled()) {
            return Optional.empty();
        }
        var identity = new CallerIdentity(account.getUsername(), account.getDisplayName(), account.getRoles());
        cache.remember(username, password, identity);
        return Optional.of(identity);
    }
}
