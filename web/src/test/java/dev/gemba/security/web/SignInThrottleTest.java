package dev.gemba.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final SignInThrottle throttle = new SignInThrottle(3, 5, now::get);

    @Test
    void aUserIsRefusedFromTheAddressThatFailedTooOftenUntilTheWindowEnds() {
        fail("alice", "10.0.0.1", 3);
        assertTrue(throttle.refusal("alice", "10.0.0.1").isPresent());
        assertEquals(Optional.empty(), throttle.refusal("alice", "10.0.0.2"), "another address is not locked out");
        assertEquals(Optional.empty(), throttle.refusal("bob", "10.0.0.1"), "another user is not");

        now.addAndGet(Duration.ofMinutes(4).toNanos());
        assertEquals(
                Duration.ofMinutes(1), throttle.refusal("alice", "10.0.0.1").orElseThrow());
        now.addAndGet(Duration.ofMinutes(1).toNanos());
        assertEquals(Optional.empty(), throttle.refusal("alice", "10.0.0.1"));
    }

    @Test
    void fewerFailuresThanTheLimitAndASuccessInBetweenRefuseNothing() {
        fail("alice", "10.0.0.1", 2);
        throttle.succeeded("alice", "10.0.0.1");
        fail("alice", "10.0.0.1", 2);
        assertEquals(Optional.empty(), throttle.refusal("alice", "10.0.0.1"));
    }

    @Test
    void anAddressTryingManyUsernamesIsRefusedForAll() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i, "10.0.0.9");
        }
        assertTrue(throttle.refusal("someone-else", "10.0.0.9").isPresent());
        assertEquals(Optional.empty(), throttle.refusal("someone-else", "10.0.0.8"));
    }

    private void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address);
        }
    }
}
