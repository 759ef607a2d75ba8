package dev.gemba.security.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import dev.gemba.security.boundary.CallerIdentity;

/**
 * Remembers recently verified username/password pairs for a short time, so that HTTP Basic API
 * clients do not pay the deliberately slow password hash on every request. Entries are keyed by
 * an HMAC of the password under a per-process random key, never the password itself, and are
 * dropped whenever the user's account changes here; a change on another node is caught by the
 * security stamp that AuthenticationService compares on every hit. Thread-safe.
 */
@ApplicationScoped
public class CredentialCache {

    static final Duration TTL = Duration.ofMinutes(2);
    private static final int MAX_ENTRIES = 10_000;

    private final byte[] key = new byte[32];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(String username, String fingerprint, CallerIdentity identity, long expiresAt) {}

    public CredentialCache() {
        new SecureRandom().nextBytes(key);
    }

    public Optional<CallerIdentity> lookup(String username, char[] password) {
        Entry entry = entries.get(username);
        if (entry == null
                || entry.expiresAt < System.nanoTime()
                || !entry.fingerprint.equals(fingerprint(username, password))) {
            return Optional.empty();
        }
        return Optional.of(entry.identity);
    }

    public void remember(String username, char[] password, CallerIdentity identity) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(
                username,
                new Entry(username, fingerprint(username, password), identity, System.nanoTime() + TTL.toNanos()));
    }

    public void forget(String username) {
        entries.remove(username);
    }

    private String fingerprint(String username, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
