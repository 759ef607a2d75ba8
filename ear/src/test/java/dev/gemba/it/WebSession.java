package dev.gemba.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's session over plain HTTP: a cookie jar signed in through the real login form. Form
 * posts carry the page's view state and script nonce, as PrimeFaces adds them in a browser.
 */
public final class WebSession {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private final HttpClient client;
    private final String baseUrl;
    private String language = "en";

    private WebSession(HttpClient client, String baseUrl) {
        this.client = client;
        this.baseUrl = baseUrl;
    }

    /** From now on asks for pages in this language (Accept-Language). */
    public WebSession speaking(String language) {
        this.language = language;
        return this;
    }

    /** A session that has not signed in. */
    public static WebSession anonymous() {
        return anonymousAt(Api.baseUrl());
    }

    /** A session with another server than the suite's. */
    public static WebSession anonymousAt(String baseUrl) {
        return new WebSession(
                HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .connectTimeout(Duration.ofSeconds(10))
                        .build(),
                baseUrl);
    }

    /** A session signed in through the login form; fails the test when sign-in fails. */
    public static WebSession signedIn(String user, String password) {
        return signedIn(anonymous(), user, password);
    }

    /** A demo user's session with another server than the suite's. */
    public static WebSession signedInAt(String baseUrl, String demoUser) {
        return signedIn(anonymousAt(baseUrl), demoUser, Api.DEMO_PASSWORD);
    }

    private static WebSession signedIn(WebSession session, String user, String password) {
        var response = session.signIn(user, password);
        assertEquals(302, response.statusCode(), () -> user + " signs in: " + response.body());
        return session;
    }

    public static WebSession signedIn(String demoUser) {
        return signedIn(demoUser, Api.DEMO_PASSWORD);
    }

    public HttpResponse<String> signIn(String user, String password) {
        String page = get("/login.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", user);
        form.put("login:password", password);
        form.put("login:submit", "");
        return postForm("/login.xhtml", page, form);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    /** Posts a form of the given page with its view state and script nonce added. */
    public HttpResponse<String> postForm(String path, String page, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.putIfAbsent("jakarta.faces.ViewState", viewState(page));
        form.putIfAbsent("primefaces.nonce", nonce(page));
        return post(path, form);
    }

    /** Posts exactly the given fields. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Calls the REST API with nothing but this session's cookie, as a script in a page could. */
    public HttpResponse<String> api(String method, String path, String json) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json");
        if (json == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        return send(builder);
    }

    public static String viewState(String page) {
        Matcher state = VIEW_STATE.matcher(page);
        assertTrue(state.find(), "the page has a view state");
        return state.group(1);
    }

    public static String nonce(String page) {
        Matcher nonce = NONCE.matcher(page);
        return nonce.find() ? nonce.group(1) : null;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(
                    request.timeout(Duration.ofSeconds(30))
                            .header("Accept-Language", language)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("request failed", e);
        }
    }
}
