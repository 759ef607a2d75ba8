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

/**
 * Verifies a username and password for the web layer's authentication mechanism, and tells it on
 * every later request whether what it verified still holds. The answer comes from the database,
 * not from this node's memory, so a change made through any node takes effect on the next request
 * to every node.
 */
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
            if (isCurrent(cached.get().userId(), cached.get().securityStamp())) {
                return cached;
            }
            cache.forget(username); // changed meanwhile, maybe on another node: check the password again
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
        var identity = new CallerIdentity(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getRoles(),
                account.getSecurityStamp());
        cache.remember(username, password, identity);
        return Optional.of(identity);
    }

    /**
     * Whether an account is still as it was when its caller signed in: enabled, with the same
     * roles and password (the same security stamp). One read by primary key.
     */
    public boolean isCurrent(long userId, long securityStamp) {
        return users.securityStampOfEnabled(userId)
                .filter(stamp -> stamp == securityStamp)
                .isPresent();
    }
}
