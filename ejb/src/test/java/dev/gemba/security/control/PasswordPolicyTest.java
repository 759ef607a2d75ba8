package dev.gemba.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import dev.gemba.platform.control.GembaSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** NIST SP 800-63B: length, no breached or guessable passwords, not the username, not the demo password. */
class PasswordPolicyTest {

    private static PasswordPolicy policy(boolean demo) {
        var policy = new PasswordPolicy();
        policy.settings = new GembaSettings() {
            @Override
            public boolean demo() {
                return demo;
            }
        };
        return policy;
    }

    private static Optional<String> refusal(String password) {
        return policy(false).refusal(password, "hanna.huber", "Hanna Huber");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "aaaaaaaaaaaa", // repeated
                "            ", // twelve spaces
                "password1234", // breached list with a sequence
                "qwertyuiopas", // keyboard row
                "123456789012", // sequence
                "iloveyou2026!", // breached word with a year
                "Passwort1234", // German word, capitalised, sequence
                "HannaHuber2026", // the person's name
                "Sommer2026!!", // season and year
            })
    void refusesGuessablePasswordsOfAnyLength(String password) {
        assertTrue(refusal(password).isPresent(), password);
    }

    @Test
    void refusesShortPasswords() {
        assertTrue(refusal("kX9#mq2!pL").orElseThrow().contains("12"));
    }

    @Test
    void refusesTheUsernameInsideThePassword() {
        assertTrue(refusal("my-hanna.huber-vault-xq").isPresent());
    }

    @Test
    void refusesTheDemoPasswordOutsideDemoModeOnly() {
        String password = "gemba-demo-Qx7!vZr";
        assertTrue(policy(false).refusal(password, "ada", "Ada").isPresent());
        assertEquals(Optional.empty(), policy(true).refusal(password, "ada", "Ada"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tulip-quarry-Denim-47", "Kaffee und Kuchen im Keller 9", "zR8#vLq2!mW7pT"})
    void acceptsLongUnguessablePasswordsIncludingSpaces(String password) {
        assertEquals(Optional.empty(), refusal(password), password);
    }
}
