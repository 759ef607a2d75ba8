package dev.gemba.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A Gemba server of its own, beside the one Arquillian manages for the suite: the provisioned
 * server started from a copy of its {@code standalone} directory on other ports, with the EAR in
 * its deployment folder, so that a test may kill it with SIGKILL, start it again and take its
 * database away. Its database is the suite's kind: the default embedded H2 under the copy, or a
 * PostgreSQL database of its own named after the suite's.
 */
public final class StandaloneGemba {

    private static final Path JBOSS_HOME = Path.of(System.getProperty("jboss.home", "target/server"));
    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);

    private final Path base;
    private final int portOffset;
    private final Map<String, String> environment = new HashMap<>();
    private Process process;

    /** A server named {@code name} under target/, its ports shifted {@code shift} beyond the suite's. */
    public StandaloneGemba(String name, int shift) {
        this.base = Path.of("target", name + "-" + System.getProperty("gemba.db.kind", "h2"))
                .toAbsolutePath();
        this.portOffset = Integer.parseInt(System.getProperty("gemba.portOffset", "100")) + shift;
        environment.put("GEMBA_DEMO", "true");
        environment.put("GEMBA_DATA_DIR", base.resolve("data").toString());
        environment.put("GEMBA_PUBLIC_URL", baseUrl());
        // no analysis competing with the test's requests for the machine's cores
        environment.put("GEMBA_QUEUE_WORKERS", "0");
    }

    public static boolean onPostgresql() {
        return "postgresql".equals(System.getProperty("gemba.db.kind"));
    }

    /** The suite's PostgreSQL database name with a suffix: created, or emptied when it exists. */
    public static String freshPostgresqlDatabase(String suffix) {
        String suiteUrl = System.getProperty("gemba.db.url");
        String name = suiteUrl.substring(suiteUrl.lastIndexOf('/') + 1).replaceAll("\\?.*", "") + "_" + suffix;
        String server = suiteUrl.substring(0, suiteUrl.lastIndexOf('/') + 1);
        try (var connection = DriverManager.getConnection(
                        server + "postgres",
                        System.getProperty("gemba.db.user"),
                        System.getProperty("gemba.db.password"));
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create PostgreSQL database " + name, e);
        }
        return server + name;
    }

    /** Points the server at a PostgreSQL database (by default it uses its own embedded H2). */
    public StandaloneGemba usingPostgresql(String url) {
        environment.put("GEMBA_DB_KIND", "postgresql");
        environment.put("GEMBA_DB_URL", url);
        environment.put("GEMBA_DB_USER", System.getProperty("gemba.db.user"));
        environment.put("GEMBA_DB_PASSWORD", System.getProperty("gemba.db.password"));
        return this;
    }

    public StandaloneGemba with(String variable, String value) {
        environment.put(variable, value);
        return this;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + (8080 + portOffset);
    }

    /** A copy of the provisioned server's configuration and the EAR, over anything left from an earlier run. */
    public StandaloneGemba prepare() throws IOException {
        delete(base);
        copy(JBOSS_HOME.resolve("standalone/configuration"), base.resolve("standalone/configuration"));
        Files.createDirectories(base.resolve("standalone/deployments"));
        Files.copy(
                Path.of(System.getProperty("gemba.ear", "target/gemba.ear")),
                base.resolve("standalone/deployments/gemba.ear"));
        return this;
    }

    /** Starts the server and waits until the EAR is deployed. */
    public void start() throws Exception {
        Path deployments = base.resolve("standalone/deployments");
        for (String marker : List.of("gemba.ear.deployed", "gemba.ear.failed", "gemba.ear.isdeploying")) {
            Files.deleteIfExists(deployments.resolve(marker));
        }
        var command = new ProcessBuilder(
                        JBOSS_HOME.resolve("bin/standalone.sh").toString(),
                        "-Djboss.server.base.dir=" + base.resolve("standalone"),
                        "-Djboss.socket.binding.port-offset=" + portOffset)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        base.resolve("server.log").toFile()));
        // not the suite server's settings, which failsafe put into this JVM's environment
        command.environment().keySet().removeIf(variable -> variable.startsWith("GEMBA_"));
        command.environment().putAll(environment);
        // a busy machine (several builds on two cores) can take WildFly past its 300 s boot limit
        command.environment()
                .put("JAVA_OPTS", "-Xms256m -Xmx1g -Duser.timezone=UTC -Djboss.as.management.blocking.timeout=900");
        process = command.start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!Files.exists(deployments.resolve("gemba.ear.deployed"))) {
            if (Files.exists(deployments.resolve("gemba.ear.failed")) || !process.isAlive()) {
                throw new IllegalStateException("Gemba did not deploy; see " + base.resolve("server.log"));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Gemba did not deploy within " + START_TIMEOUT);
            }
            Thread.sleep(250);
        }
    }

    /** SIGKILL to the server's JVM, as {@code kill -9}: no shutdown hook, no flush. */
    public void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle()))
                .toList();
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : tree) {
            handle.onExit().join();
        }
        process = null;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
