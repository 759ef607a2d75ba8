package dev.gemba.security.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = hasher.hash("correct horse".toCharArray());
        assertTrue(hasher.verify("correct horse".toCharArray(), hash));
        assertFalse(hasher.verify("correct horsE".toCharArray(), hash));
    }

    @Test
    void saltsEachHash() {
        assertNotEquals(hasher.hash("same".toCharArray()), hasher.hash("same".toCharArray()));
    }

    @Test
    void recordsSchemeAndIterationsSoTheyCanBeRaisedLater() {
        String hash = hasher.hash("x".toCharArray());
        assertTrue(hash.startsWith("pbkdf2-sha256$" + PasswordHasher.ITERATIONS + "$"), hash);
    }

    @Test
    void rejectsMalformedStoredValues() {
        assertFalse(hasher.verify("x".toCharArray(), null));
        assertFalse(hasher.verify("x".toCharArray(), "plaintext"));
        assertFalse(hasher.verify("x".toCharArray(), "md5$1$a$b"));
    }
}
