package dev.gemba.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import dev.gemba.it.Api;
import dev.gemba.it.Deployments;
import dev.gemba.it.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every error is a page in the user's language with the security headers, never a stack trace or a
 * server version, and a refused post stores nothing. The test clients run on the server's machine,
 * where the container used to show its stack traces.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ErrorPagesIT {

    private static final List<String> SECURITY_HEADERS =
            List.of("X-Content-Type-Options", "X-Frame-Options", "Content-Security-Policy", "Referrer-Policy");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.gemba();
    }

    static void assertSecurityHeaders(HttpResponse<String> response, String what) {
        for (String header : SECURITY_HEADERS) {
            assertTrue(response.headers().firstValue(header).isPresent(), what + " lacks " + header);
        }
    }

    static void assertNoInternals(HttpResponse<String> response, String what) {
        String body = response.body();
        // a stack trace's lines and exception messages, and the server's or a library's name
        for (String leak : List.of(
                "\\tat ",
                "at [\\w.$]+\\([\\w$]+\\.java:\\d+\\)",
                "[\\w.]+Exception: ",
                "WildFly",
                "Undertow",
                "Mojarra",
                "RESTEASY")) {
            assertFalse(
                    java.util.regex.Pattern.compile(leak).matcher(body).find(), what + " shows " + leak + ": " + body);
        }
        assertTrue(response.headers().firstValue("Server").isEmpty(), what + " names the server");
        assertTrue(response.headers().firstValue("X-Powered-By").isEmpty(), what + " names the server");
    }

    @TestFactory
    Stream<DynamicTest> securityHeadersOnEveryKindOfAnswer() {
        Map<String, java.util.concurrent.Callable<HttpResponse<String>>> answers = new LinkedHashMap<>();
        answers.put(
                "401 of the API", () -> Api.anonymous().get("/api/v1/services").raw());
        answers.put("302 to sign in", () -> WebSession.anonymous().get("/feedback/inbox.xhtml"));
        answers.put("403 page", () -> WebSession.signedIn("viewer").get("/admin/users.xhtml"));
        answers.put("404 page", () -> WebSession.signedIn("viewer").get("/no-such-page.xhtml"));
        answers.put(
                "405 of the API",
                () -> Api.as("viewer").delete("/api/v1/coverage").raw());
        answers.put("OpenAPI", () -> WebSession.anonymous().get("/openapi"));
        Map<String, Integer> expected = Map.of(
                "401 of the API",
                401,
                "302 to sign in",
                302,
                "403 page",
                403,
                "404 page",
                404,
                "405 of the API",
                405,
                "OpenAPI",
                200);
        return answers.entrySet().stream()
                .map(a -> DynamicTest.dynamicTest(a.getKey(), () -> {
                    var response = a.getValue().call();
                    assertEquals(expected.get(a.getKey()), response.statusCode(), a.getKey());
                    assertSecurityHeaders(response, a.getKey());
                    assertNoInternals(response, a.getKey());
                }));
    }

    @Test
    void anUnhandledExceptionIsAFriendlyPageInTheUsersLanguage() {
        WebSession desk = WebSession.signedIn("desk");
        String page = desk.get("/feedback/capture.xhtml").body();
        // a view state naming no stored view makes Faces fail while restoring the view
        var response = desk.post(
                "/feedback/capture.xhtml",
                Map.of(
                        "capture",
                        "capture",
                        "jakarta.faces.ViewState",
                        "stateless",
                        "primefaces.nonce",
                        WebSession.nonce(page)));
        assertEquals(500, response.statusCode());
        assertTrue(response.body().contains("id=\"errorTitle\""), response.body());
        assertSecurityHeaders(response, "500 page");
        assertNoInternals(response, "500 page");

        desk.speaking("de");
        var inGerman = desk.post(
                "/feedback/capture.xhtml",
                Map.of(
                        "capture",
                        "capture",
                        "jakarta.faces.ViewState",
                        "stateless",
                        "primefaces.nonce",
                        WebSession.nonce(page)));
        assertEquals(500, inGerman.statusCode());
        assertTrue(inGerman.body().contains("Etwas ist schiefgegangen"), inGerman.body());
    }

    @Test
    void aBrokenViewStateShowsNoStackTrace() {
        WebSession desk = WebSession.signedIn("desk");
        String page = desk.get("/feedback/capture.xhtml").body();
        var response = desk.post(
                "/feedback/capture.xhtml",
                Map.of(
                        "capture",
                        "capture",
                        "jakarta.faces.ViewState",
                        "garbage<>",
                        "primefaces.nonce",
                        WebSession.nonce(page)));
        assertTrue(response.statusCode() < 500 || response.body().contains("id=\"errorTitle\""), response.body());
        assertSecurityHeaders(response, "broken view state");
        assertNoInternals(response, "broken view state");
    }

    @Test
    void aCapturePostWithoutThePagesNonceIsRefusedAndNotSaved() {
        WebSession desk = WebSession.signedIn("desk");
        String page = desk.get("/feedback/capture.xhtml").body();
        String text = "nonce check " + UUID.randomUUID();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "capture:save");
        form.put("jakarta.faces.partial.execute", "@form");
        form.put("jakarta.faces.partial.render", "@form");
        form.put("capture:save", "capture:save");
        form.put("capture", "capture");
        form.put("capture:text", text);
        form.put("capture:channel_input", "PHONE");
        form.put("capture:tier_input", "L1");
        form.put("capture:businessUnitId_input", "");
        form.put("jakarta.faces.ViewState", WebSession.viewState(page));
        form.put("primefaces.nonce", "not-the-pages-nonce");
        var response = desk.post("/feedback/capture.xhtml", form);
        assertEquals(400, response.statusCode(), response.body());
        assertSecurityHeaders(response, "refused post");
        assertNoInternals(response, "refused post");
        assertEquals(
                0,
                Api.as("admin")
                        .get("/api/v1/feedback?q=" + text.replace(" ", "%20"))
                        .json()
                        .getInt("total"),
                "nothing of the refused post was saved");
    }
}
