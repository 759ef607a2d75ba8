package dev.gemba.security.control;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.nulabinc.zxcvbn.Zxcvbn;
import dev.gemba.platform.control.GembaSettings;

/**
 * Which passwords Gemba accepts, after NIST SP 800-63B: at least {@value #MIN_LENGTH} characters
 * (any characters, spaces included; no composition rules), not the username, not the published
 * demo password outside demo mode, and not easy to guess: zxcvbn's estimate must reach {@value
 * #MIN_GUESSES_LOG10} (10^10 guesses, its highest score), which refuses the 30,000 most common breached passwords it
 * ships, dictionary words and names with small changes, repeats such as "aaaaaaaaaaaa", sequences
 * and keyboard walks, also when padded to length. Thread-safe.
 */
@ApplicationScoped
public class PasswordPolicy {

    /** The demo logins' published password: refused for real accounts outside demo mode. */
    public static final String DEMO_PASSWORD = "gemba-demo";

    public static final int MIN_LENGTH = 12;
    static final double MIN_GUESSES_LOG10 = 10;

    @Inject
    GembaSettings settings;

    /** Why the password is refused, in the caller's language; empty when it is acceptable. */
    public Optional<String> refusal(String password, String username, String displayName) {
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(text("password.too-short", MIN_LENGTH));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(text("password.contains-username"));
        }
        if (!settings.demo() && lower.contains(DEMO_PASSWORD)) {
            return Optional.of(text("password.demo"));
        }
        // the words of the username and name count as known words (zxcvbn matches them lower-case)
        List<String> context = new ArrayList<>(List.of("gemba", DEMO_PASSWORD));
        for (String known : new String[] {username, displayName}) {
            if (known != null) {
                context.add(known.toLowerCase(Locale.ROOT));
                context.addAll(List.of(known.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
            }
        }
        if (new Zxcvbn().measure(password, context).getGuessesLog10() < MIN_GUESSES_LOG10) {
            return Optional.of(text("password.guessable"));
        }
        return Optional.empty();
    }
}
