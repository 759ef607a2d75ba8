package dev.gemba.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import dev.gemba.security.boundary.CallerIdentity;
import dev.gemba.security.entity.Role;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {

    private final CredentialCache cache = new CredentialCache();
    private final CallerIdentity ada = new CallerIdentity(1, "ada", "Ada", Set.of(Role.ADMIN), 0);

    @Test
    void remembersOnlyTheExactPassword() {
        cache.remember("ada", "secret-one".toCharArray(), ada);
        assertEquals(ada, cache.lookup("ada", "secret-one".toCharArray()).orElseThrow());
        assertTrue(cache.lookup("ada", "secret-two".toCharArray()).isEmpty());
        assertTrue(cache.lookup("bob", "secret-one".toCharArray()).isEmpty());
    }

    @Test
    void forgetsAUserWhoseAccountChanged() {
        cache.remember("ada", "secret-one".toCharArray(), ada);
        cache.forget("ada");
        assertTrue(cache.lookup("ada", "secret-one".toCharArray()).isEmpty());
    }
}
