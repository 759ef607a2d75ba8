package dev.gemba.platform.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/** A server secret kept in a file of the data directory, created with 32 random bytes on first use. */
public final class KeyFile {

    private KeyFile() {}

    /** The secret in {@code dir/name}; a concurrent first start keeps whichever file came first. */
    public static byte[] read(Path dir, String name) {
        Path file = dir.resolve(name);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dir);
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Path temp = Files.createTempFile(dir, name, ".tmp");
                Files.write(temp, Base64.getEncoder().encode(fresh));
                try {
                    Files.move(temp, file);
                } catch (IOException raced) {
                    Files.deleteIfExists(temp);
                }
            }
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + file, e);
        }
    }
}
