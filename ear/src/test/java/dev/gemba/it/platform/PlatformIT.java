package dev.gemba.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import dev.gemba.it.Api;
import dev.gemba.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What every visitor and operator sees: login redirect, security headers, OpenAPI, health. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.gemba();
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesSpeakTheBrowsersLanguageGermanOrEnglish() throws Exception {
        assertTrue(login("de-DE,de;q=0.9,en;q=0.5").contains("<title>Anmelden · Gemba</title>"));
        assertTrue(login("en-GB,en;q=0.9").contains("<title>Sign in · Gemba</title>"));
        assertTrue(login("fr-FR,fr;q=0.9").contains("<title>Sign in · Gemba</title>"), "English by default");
    }

    @Test
    void theApiAnswersInEnglishWhateverTheLanguageAsked() throws Exception {
        var blank = postServiceInGerman("{\"name\":\"\",\"criticality\":\"LOW\",\"status\":\"LIVE\"}");
        assertEquals(400, blank.statusCode(), blank.body());
        assertTrue(blank.body().contains("must not be blank"), blank.body());
        // and so do the rules the services check themselves
        var taken = postServiceInGerman("{\"name\":\"ERP\",\"criticality\":\"LOW\",\"status\":\"LIVE\"}");
        assertEquals(409, taken.statusCode(), taken.body());
        assertTrue(taken.body().contains("a service named 'ERP' already exists"), taken.body());
    }

    private static HttpResponse<String> postServiceInGerman(String json) throws Exception {
        String token = java.util.Base64.getEncoder()
                .encodeToString(("admin:" + Api.DEMO_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/api/v1/services"))
                .header("Authorization", "Basic " + token)
                .header("Accept-Language", "de-DE,de;q=0.9")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String login(String acceptLanguage) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/login.xhtml"))
                .header("Accept-Language", acceptLanguage)
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void anonymousPageRequestIsSentToTheLoginPage() throws Exception {
        var response = get(Api.baseUrl() + "/catalog/services.xhtml");
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").contains("/login.xhtml?next="));
    }

    @Test
    void loginPageIsServedWithSecurityHeaders() throws Exception {
        var response = get(Api.baseUrl() + "/login.xhtml");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("login:username"));
        var headers = response.headers();
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(null));
        List<String> policies = headers.allValues("Content-Security-Policy");
        assertTrue(policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")), policies::toString);
        // PrimeFaces' policy: scripts from the origin or with this response's nonce, nothing inline else
        String scripts = policies.stream()
                .filter(p -> p.contains("'nonce-"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no nonce policy: " + policies));
        assertFalse(scripts.contains("unsafe-inline") || scripts.contains("unsafe-eval"), scripts);
        String nonce = scripts.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertTrue(response.body().contains("nonce=\"" + nonce + "\""), "the page's scripts carry the nonce");
        String cookie = String.join(";", headers.allValues("Set-Cookie"));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
    }

    @Test
    void openApiDocumentDescribesTheApi() throws Exception {
        var response = get(Api.baseUrl() + "/openapi");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("/api/v1/services"), response.body());
        assertTrue(response.body().contains("/api/v1/business-units"));
    }

    @Test
    void readinessIncludesTheDatabase() throws Exception {
        String management =
                Api.baseUrl().replaceAll(":\\d+$", ":" + System.getProperty("gemba.managementPort", "10090"));
        var response = get(management + "/health/ready");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"database\""), response.body());
        assertTrue(response.body().contains("UP"), response.body());
    }
}
