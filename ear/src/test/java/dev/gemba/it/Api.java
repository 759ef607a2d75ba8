package dev.gemba.it;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

/** A small HTTP client for the REST API as a given demo user (or anonymous when user is null). */
public final class Api {

    public static final String DEMO_PASSWORD = "gemba-demo";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String user;
    private final String password;

    private Api(String user, String password) {
        this.user = user;
        this.password = password;
    }

    public static Api as(String demoUser) {
        return new Api(demoUser, DEMO_PASSWORD);
    }

    public static Api as(String user, String password) {
        return new Api(user, password);
    }

    public static Api anonymous() {
        return new Api(null, null);
    }

    public static String baseUrl() {
        return System.getProperty("gemba.baseUrl", "http://127.0.0.1:8180");
    }

    public Reply get(String path) {
        return send("GET", path, null);
    }

    /** A GET that accepts any media type (for downloads such as JSONL). */
    public Reply download(String path) {
        return send("GET", path, null, "*/*");
    }

    public Reply post(String path, String json) {
        return send("POST", path, json);
    }

    public Reply put(String path, String json) {
        return send("PUT", path, json);
    }

    public Reply delete(String path) {
        return send("DELETE", path, null);
    }

    public Reply send(String method, String path, String json) {
        return send(method, path, json, "application/json");
    }

    public Reply send(String method, String path, String json, String accept) {
        return send(method, path, json, "application/json", accept);
    }

    /** Sends JSON with one extra request header, such as the Origin a browser adds. */
    public Reply sendWith(String method, String path, String json, String header, String value) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header(header, value)
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return execute(builder, method + " " + path);
    }

    /** Sends a body of any type, such as a CSV file. */
    public Reply upload(String path, String body, String contentType) {
        return send("POST", path, body, contentType, "application/json");
    }

    /** Uploads bytes as they are, for files in another encoding than UTF-8. */
    public Reply upload(String path, byte[] body, String contentType) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return execute(request, "POST " + path);
    }

    public Reply send(String method, String path, String json, String contentType, String accept) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", accept)
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            builder.header("Content-Type", contentType);
        }
        return execute(builder, method + " " + path);
    }

    private Reply execute(HttpRequest.Builder builder, String what) {
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    response);
        } catch (Exception e) {
            throw new IllegalStateException(what + " failed", e);
        }
    }

    /** A response: status, content type and body, with JSON access. */
    public record Reply(int status, String contentType, String body, HttpResponse<String> raw) {

        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public JsonStructure jsonValue() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
