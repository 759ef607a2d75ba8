package dev.gemba.importing.control;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.gemba.importing.entity.ImportFormat;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.control.GembaSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where uploaded import files live: $GEMBA_DATA_DIR/imports. A staged file (uploaded, not yet
 * imported) belongs to the user who uploaded it: its name carries a digest of their username, so
 * only they can start or cancel it and each user may keep at most {@code
 * gemba.import.staged.per.user} of them at once, each at most {@code gemba.import.max.bytes}. A
 * file given to an import stays until the import has finished, so that an import interrupted by a
 * crash can be resumed. Several nodes resuming each other's imports need this directory on shared
 * storage; the limits hold across nodes because they are read from it.
 */
@ApplicationScoped
public class ImportFiles {

    @Inject
    GembaSettings settings;

    @Inject
    @ConfigProperty(name = "gemba.import.staged.per.user", defaultValue = "5")
    int stagedPerUser;

    @Inject
    @ConfigProperty(name = "gemba.import.max.bytes", defaultValue = "1073741824")
    long maxBytes;

    Path directory() throws IOException {
        Path dir = settings.dataDir().resolve("imports");
        Files.createDirectories(dir);
        return dir;
    }

    /** Streams an upload to a staging file of the given user and returns its token. */
    public String stage(InputStream content, String owner) throws IOException {
        if (stagedBy(owner) >= stagedPerUser) {
            throw new InvalidInputException("file", text("import.too-many-staged", stagedPerUser));
        }
        String token = UUID.randomUUID().toString();
        Path file = staged(token, owner);
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = content.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw new InvalidInputException("file", text("import.too-large", maxBytes));
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return token;
    }

    /** The staged file of a token, if it belongs to the user. */
    public Path staged(String token, String owner) throws IOException {
        if (token == null || !token.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("not a staging token");
        }
        return directory().resolve(prefix(owner) + token);
    }

    /** Gives a staged file to an import. */
    public Path adopt(String token, String owner, long importId, ImportFormat format) throws IOException {
        return Files.move(staged(token, owner), of(importId, format), StandardCopyOption.REPLACE_EXISTING);
    }

    public Path of(long importId, ImportFormat format) throws IOException {
        return directory().resolve("import-" + importId + "." + format.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** How many staged files the user has now. */
    long stagedBy(String owner) throws IOException {
        try (var files = Files.newDirectoryStream(directory(), prefix(owner) + "*")) {
            long count = 0;
            for (Path ignored : files) {
                count++;
            }
            return count;
        }
    }

    /** Removes staged uploads nobody started an import from. */
    public void deleteStagedBefore(java.time.Instant cutoff) {
        try (var staged = Files.newDirectoryStream(directory(), "staged-*")) {
            for (Path file : staged) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // retried at the next run
        }
    }

    public void delete(long importId, ImportFormat format) {
        try {
            Files.deleteIfExists(of(importId, format));
        } catch (IOException e) {
            // left for the operator; the import itself is finished
        }
    }

    /** "staged-" and a digest of the username: names stay safe whatever characters a username has. */
    private static String prefix(String owner) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(owner.getBytes(StandardCharsets.UTF_8));
            return "staged-" + HexFormat.of().formatHex(digest, 0, 8) + "-";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
