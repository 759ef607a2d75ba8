package dev.gemba.platform.control;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings read through MicroProfile Config, so each can be given as an environment variable
 * (gemba.demo is GEMBA_DEMO) or a system property.
 */
@ApplicationScoped
public class GembaSettings {

    @Inject
    @ConfigProperty(name = "gemba.demo", defaultValue = "true")
    boolean demo;

    @Inject
    @ConfigProperty(name = "gemba.admin.username", defaultValue = "admin")
    String adminUsername;

    @Inject
    @ConfigProperty(name = "gemba.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "gemba.db.reset.on.start", defaultValue = "false")
    boolean resetDatabaseOnStart;

    @Inject
    @ConfigProperty(name = "gemba.data.dir")
    Optional<String> dataDir;

    /** Where Gemba keeps its files (database, uploads, demo mail, keys): GEMBA_DATA_DIR or ~/.gemba. */
    public java.nio.file.Path dataDir() {
        return java.nio.file.Path.of(
                dataDir.filter(d -> !d.isBlank()).orElse(System.getProperty("user.home") + "/.gemba"));
    }

    /** Demo mode loads sample data and users with published passwords. */
    public boolean demo() {
        return demo;
    }

    public String adminUsername() {
        return adminUsername;
    }

    public Optional<String> adminPassword() {
        return adminPassword.filter(p -> !p.isBlank());
    }

    /** Test servers only: wipe the database before migrating. */
    public boolean resetDatabaseOnStart() {
        return resetDatabaseOnStart;
    }
}
