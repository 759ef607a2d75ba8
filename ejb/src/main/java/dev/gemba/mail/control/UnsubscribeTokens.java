package dev.gemba.mail.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.gemba.platform.control.GembaSettings;
import dev.gemba.platform.control.KeyFile;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The secret part of an unsubscribe link: an HMAC of the address under a server secret, so every
 * message to an address carries the same link while only the token's SHA-256 is stored. The
 * secret comes from GEMBA_MAIL_TOKEN_SECRET (set it on every node of a cluster) or from a key file
 * created once in the data directory. Thread-safe.
 */
@ApplicationScoped
public class UnsubscribeTokens {

    @Inject
    @ConfigProperty(name = "gemba.mail.token.secret")
    Optional<String> configuredSecret;

    @Inject
    GembaSettings settings;

    private byte[] secret;

    @PostConstruct
    void loadSecret() {
        secret = configuredSecret
                .filter(s -> !s.isBlank())
                .map(s -> s.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> KeyFile.read(settings.dataDir(), "mail-token.key"));
    }

    /** The address as stored and compared: trimmed, lower case. */
    public static String normal(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    /** The token of an address: 43 URL-safe characters. */
    public String token(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] sig = mac.doFinal(("unsubscribe:" + normal(address)).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What is stored and looked up: the token's SHA-256 in hex. */
    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
