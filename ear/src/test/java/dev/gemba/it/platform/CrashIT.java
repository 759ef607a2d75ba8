package dev.gemba.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.json.Json;

import dev.gemba.it.Api;
import dev.gemba.it.StandaloneGemba;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A 200 or 201 means the item survives {@code kill -9}: clients post feedback to a server of its
 * own, the server's JVM is killed with SIGKILL while they post, started again on the same
 * database (the default embedded H2, or PostgreSQL when the suite runs on it), and every
 * acknowledged item must be there.
 */
class CrashIT {

    private static final int CLIENTS = 8;
    private static final Duration LOAD = Duration.ofSeconds(Integer.getInteger("crash.seconds", 10));

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final StandaloneGemba server = new StandaloneGemba("crash-it", 50);

    @AfterEach
    void stop() throws Exception {
        server.kill();
    }

    @Test
    void everyAcknowledgedItemSurvivesKillNine() throws Exception {
        if (StandaloneGemba.onPostgresql()) {
            server.usingPostgresql(StandaloneGemba.freshPostgresqlDatabase("crash"));
        }
        server.prepare().start();

        Queue<Long> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean posting = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            running.add(clients.submit(() -> post(posting, acknowledged)));
        }
        Thread.sleep(LOAD.toMillis());
        // while the clients are still posting, right after an acknowledgement: its commit is a
        // moment old, so a database that writes commits later loses it
        int before = acknowledged.size();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (acknowledged.size() == before && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        server.kill();
        posting.set(false);
        for (Future<?> client : running) {
            client.get();
        }
        clients.shutdown();

        server.start();
        List<Long> lost = acknowledged.parallelStream()
                .filter(id -> status("/api/v1/feedback/" + id) != 200)
                .toList();
        System.out.printf(
                "CrashIT (%s): %d items acknowledged before kill -9, %d lost%n",
                StandaloneGemba.onPostgresql() ? "PostgreSQL" : "H2", acknowledged.size(), lost.size());
        assertTrue(acknowledged.size() > before, "an item was acknowledged right before the kill");
        assertEquals(
                0,
                lost.size(),
                () -> lost.size() + " of " + acknowledged.size() + " acknowledged items lost, e.g. "
                        + lost.subList(0, Math.min(10, lost.size())));
    }

    /** One client: new items until stopped, remembering the id of each one answered 200 or 201. */
    private Void post(AtomicBoolean posting, Queue<Long> acknowledged) {
        while (posting.get()) {
            String body = "{\"externalId\":\"crash-" + UUID.randomUUID()
                    + "\",\"channel\":\"EMAIL\",\"text\":\"The VPN drops every morning since the last update.\"}";
            try {
                var response = http.send(
                        request("/api/v1/feedback", "integration")
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 || response.statusCode() == 201) {
                    acknowledged.add(Json.createReader(new StringReader(response.body()))
                            .readObject()
                            .getJsonNumber("id")
                            .longValue());
                }
            } catch (Exception e) {
                // the server died under this request: not acknowledged, nothing to check
            }
        }
        return null;
    }

    private int status(String path) {
        for (int attempt = 1; ; attempt++) {
            try {
                return http.send(request(path, "desk").GET().build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (Exception e) {
                if (attempt == 3) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private HttpRequest.Builder request(String path, String user) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
}
