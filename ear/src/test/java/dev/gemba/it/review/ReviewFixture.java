package dev.gemba.it.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import dev.gemba.it.Api;
import dev.gemba.it.catalog.ServicesRestIT;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;

/** Units managed by the demo relationship manager, reviews of them, and PDF text. */
final class ReviewFixture {

    private final Api admin = Api.as("admin");

    /** A service and a unit consuming it, managed by "rm"; returns {unit, service}. */
    long[] unitOfRm(String name) {
        var service = admin.post(
                "/api/v1/services",
                ServicesRestIT.serviceJson("Prüfstand " + UUID.randomUUID(), "MEDIUM", "LIVE", null));
        assertEquals(201, service.status(), service::toString);
        long serviceId = service.json().getJsonNumber("id").longValue();
        var unit = admin.post(
                "/api/v1/business-units",
                Json.createObjectBuilder()
                        .add("name", name + " " + UUID.randomUUID())
                        .add("relationshipManager", "rm")
                        .add("serviceIds", Json.createArrayBuilder().add(serviceId))
                        .build()
                        .toString());
        assertEquals(201, unit.status(), unit::toString);
        return new long[] {unit.json().getJsonNumber("id").longValue(), serviceId};
    }

    static String review(long unit, Instant at, LocalDate from, LocalDate to) {
        return Json.createObjectBuilder()
                .add("businessUnitId", unit)
                .add("scheduledAt", at.toString())
                .add("periodFrom", from.toString())
                .add("periodTo", to.toString())
                .add("itParticipants", Json.createArrayBuilder().add("rm").add("desk"))
                .add("businessContacts", Json.createArrayBuilder().add("Jürgen Groß"))
                .build()
                .toString();
    }

    static JsonObject schedule(Api as, long unit, Instant at, LocalDate from, LocalDate to) {
        var reply = as.post("/api/v1/service-reviews", review(unit, at, from, to));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    static JsonObject publish(Api as, JsonObject review) {
        var reply = as.post(
                "/api/v1/service-reviews/" + id(review) + "/publication",
                "{\"version\":" + review.getJsonNumber("version").longValue() + "}");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** A PDF download with Basic authentication, as bytes. */
    static byte[] pdf(String user, String path) throws Exception {
        String token =
                Base64.getEncoder().encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(Api.baseUrl() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + token)
                .header("Accept", "application/pdf")
                .GET()
                .build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
        assertEquals(
                "application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        return response.body();
    }

    static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
