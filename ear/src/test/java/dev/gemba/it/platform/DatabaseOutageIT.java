package dev.gemba.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import jakarta.json.Json;

import dev.gemba.it.Api;
import dev.gemba.it.DatabaseProxy;
import dev.gemba.it.StandaloneGemba;
import dev.gemba.it.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * While the database cannot be reached, requests answer 503 with Retry-After (problem+json on the
 * API, a friendly page in the UI) rather than 500, and a retried submission succeeds once it is
 * back. The server of its own reaches PostgreSQL through a relay the test cuts, as a restart of
 * PostgreSQL would; on H2 (embedded, it goes down only with the server) the test does not run.
 */
class DatabaseOutageIT {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final StandaloneGemba server = new StandaloneGemba("outage-it", 60);
    private DatabaseProxy database;

    @AfterEach
    void stop() throws Exception {
        server.kill();
        if (database != null) {
            database.close();
        }
    }

    @Test
    void requestsDuringAnOutageAnswer503AndRetriesSucceedAfterIt() throws Exception {
        assumeTrue(StandaloneGemba.onPostgresql(), "needs PostgreSQL (-Dit.db=postgresql)");
        URI url = URI.create(StandaloneGemba.freshPostgresqlDatabase("outage").substring("jdbc:".length()));
        database = new DatabaseProxy(url.getHost(), url.getPort());
        server.usingPostgresql("jdbc:postgresql://127.0.0.1:" + database.port() + url.getPath())
                .prepare()
                .start();
        WebSession desk = WebSession.signedInAt(server.baseUrl(), "desk");
        assertEquals(201, submit("before-" + UUID.randomUUID()).statusCode());
        assertEquals(200, desk.get("/feedback/inbox.xhtml").statusCode());

        database.cut();
        String externalId = "during-" + UUID.randomUUID();
        var refused = submit(externalId);
        assertEquals(503, refused.statusCode(), refused::body);
        assertEquals("10", refused.headers().firstValue("Retry-After").orElse(null));
        assertEquals(
                "application/problem+json",
                refused.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        assertEquals(
                "https://gemba.dev/problems/database-unavailable",
                Json.createReader(new StringReader(refused.body())).readObject().getString("type"));
        var page = desk.get("/feedback/inbox.xhtml");
        assertEquals(503, page.statusCode());
        assertTrue(page.body().contains("Gemba is briefly unavailable"), page::body);
        assertFalse(page.body().contains("Exception"), page::body);

        database.restore();
        // what the README tells clients: repeat the same request, with the same externalId, after Retry-After
        var retried = refused;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (retried.statusCode() == 503 && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            retried = submit(externalId);
        }
        assertEquals(201, retried.statusCode(), retried.body());
        assertEquals(200, submit(externalId).statusCode(), "a repeated submission stores nothing twice");
    }

    private HttpResponse<String> submit(String externalId) throws Exception {
        String body =
                "{\"externalId\":\"" + externalId + "\",\"channel\":\"EMAIL\",\"text\":\"The printer jams again.\"}";
        return http.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/feedback"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Accept", "application/json")
                        .header("Content-Type", "application/json")
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(("integration:" + Api.DEMO_PASSWORD)
                                                        .getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
