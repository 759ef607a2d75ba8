package dev.gemba.security.web;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing. After too many failed sign-ins for one username from one address, or
 * from one address in all, further attempts from there are refused without looking at the
 * password until the window ends (GEMBA_SIGNIN_FAILURES_PER_USER, 10, and
 * GEMBA_SIGNIN_FAILURES_PER_ADDRESS, 100, per five minutes). Refusing early also spares the
 * deliberately slow password hash. Counting per username and address, not per username alone,
 * keeps a stranger from locking a user out. Counters are per node: with n nodes behind a balancer
 * the limits are up to n times as high. Thread-safe.
 */
@ApplicationScoped
public class SignInThrottle {

    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final int MAX_KEYS = 100_000;

    private final int perUser;
    private final int perAddress;
    private final LongSupplier clock;
    private final Map<String, Window> failures = new ConcurrentHashMap<>();

    /** Failures counted since {@code start}. */
    private record Window(long start, int count) {}

    @Inject
    public SignInThrottle(
            @ConfigProperty(name = "gemba.signin.failures.per.user", defaultValue = "10") int perUser,
            @ConfigProperty(name = "gemba.signin.failures.per.address", defaultValue = "100") int perAddress) {
        this(perUser, perAddress, System::nanoTime);
    }

    SignInThrottle(int perUser, int perAddress, LongSupplier clock) {
        this.perUser = perUser;
        this.perAddress = perAddress;
        this.clock = clock;
    }

    /** CDI's proxy needs a no-argument constructor; it is never used to sign anyone in. */
    protected SignInThrottle() {
        this(0, 0, System::nanoTime);
    }

    /** How long this attempt must wait, or empty when it may check the password. */
    public Optional<Duration> refusal(String username, String address) {
        long now = clock.getAsLong();
        long wait = Math.max(
                waitFor(userKey(username, address), perUser, now), waitFor(addressKey(address), perAddress, now));
        return wait > 0 ? Optional.of(Duration.ofNanos(wait)) : Optional.empty();
    }

    public void failed(String username, String address) {
        if (failures.size() > MAX_KEYS) {
            long now = clock.getAsLong();
            failures.values().removeIf(w -> now - w.start() >= WINDOW.toNanos());
        }
        count(userKey(username, address));
        count(addressKey(address));
    }

    /** A correct password ends the user's count from that address (not the address's). */
    public void succeeded(String username, String address) {
        failures.remove(userKey(username, address));
    }

    private long waitFor(String key, int limit, long now) {
        Window window = failures.get(key);
        if (window == null || window.count() < limit) {
            return 0;
        }
        return Math.max(0, window.start() + WINDOW.toNanos() - now);
    }

    private void count(String key) {
        long now = clock.getAsLong();
        failures.compute(
                key,
                (k, w) -> w == null || now - w.start() >= WINDOW.toNanos()
                        ? new Window(now, 1)
                        : new Window(w.start(), w.count() + 1));
    }

    private static String userKey(String username, String address) {
        return "u:" + address + '\u0000' + username;
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }
}
