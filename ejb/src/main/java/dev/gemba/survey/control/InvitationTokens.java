package dev.gemba.survey.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
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
 * The secret part of an invitation link. A token is an HMAC of the invitation id under a server
 * secret, so the same link can be given again (an ITSM retrying its call) although only the
 * token's SHA-256 is stored. The secret comes from GEMBA_SURVEY_TOKEN_SECRET (set it on every
 * node of a cluster) or, by default, from a key file created once in the data directory.
 */
@ApplicationScoped
public class InvitationTokens {

    @Inject
    @ConfigProperty(name = "gemba.survey.token.secret")
    Optional<String> configuredSecret;

    @Inject
    GembaSettings settings;

    private byte[] secret;

    @PostConstruct
    void loadSecret() {
        secret = configuredSecret
                .filter(s -> !s.isBlank())
                .map(s -> s.getBytes(StandardCharsets.UTF_8))
                .orElseGet(this::secretFromFile);
    }

    private byte[] secretFromFile() {
        return KeyFile.read(settings.dataDir(), "survey-token.key");
    }

    /** The token in the link of invitation {@code id}: 43 URL-safe characters. */
    public String token(long id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] sig = mac.doFinal(("survey-invitation:" + id).getBytes(StandardCharsets.UTF_8));
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
