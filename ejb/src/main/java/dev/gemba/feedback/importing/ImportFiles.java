package dev.gemba.feedback.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.gemba.feedback.entity.ImportFormat;
import dev.gemba.platform.control.GembaSettings;

/**
 * Where uploaded import files live: $GEMBA_DATA_DIR/imports. A file stays until its import has
 * finished, so that an import interrupted by a crash can be resumed. Several nodes resuming each
 * other's imports need this directory on shared storage.
 */
@ApplicationScoped
public class ImportFiles {

    @Inject
    GembaSettings settings;

    Path directory() throws IOException {
        Path dir = settings.dataDir().resolve("imports");
        Files.createDirectories(dir);
        return dir;
    }

    /** Streams an upload to a staging file and returns its token. */
    public String stage(InputStream content) throws IOException {
        String token = UUID.randomUUID().toString();
        Files.copy(content, staged(token), StandardCopyOption.REPLACE_EXISTING);
        return token;
    }

    public Path staged(String token) throws IOException {
        if (!token.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("not a staging token");
        }
        return directory().resolve("staged-" + token);
    }

    /** Gives a staged file to an import. */
    public Path adopt(String token, long importId, ImportFormat format) throws IOException {
        return Files.move(staged(token), of(importId, format), StandardCopyOption.REPLACE_EXISTING);
    }

    public Path of(long importId, ImportFormat format) throws IOException {
        return directory().resolve("import-" + importId + "." + format.name().toLowerCase(java.util.Locale.ROOT));
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
}
