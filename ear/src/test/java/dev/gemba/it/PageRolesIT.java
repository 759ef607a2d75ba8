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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The role rule of every page: anonymous visitors are sent to sign in, users whose role is not
 * allowed get 403, allowed users get the page. Signs in through the real login form over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageRolesIT {

    /** path, users allowed, users refused. */
    record PageRule(String path, List<String> allowed, List<String> refused) {}

    private static final List<String> PEOPLE = List.of("admin", "rm", "desk", "steering", "viewer");

    static List<PageRule> pages() {
        return List.of(
                new PageRule("/index.xhtml", List.of("admin", "viewer", "integration"), List.of()),
                new PageRule("/catalog/services.xhtml", List.of("admin", "viewer"), List.of()),
                new PageRule("/catalog/business-units.xhtml", List.of("rm", "steering"), List.of()),
                new PageRule("/admin/users.xhtml", List.of("admin"), List.of("rm", "viewer")),
                new PageRule("/admin/lifecycle.xhtml", List.of("admin"), List.of("rm", "desk")),
                new PageRule("/feedback/capture.xhtml", List.of("admin", "desk"), List.of("rm", "viewer")),
                new PageRule("/feedback/inbox.xhtml", PEOPLE, List.of("integration")),
                new PageRule("/feedback/insights.xhtml", PEOPLE, List.of("integration")),
                new PageRule(
                        "/feedback/import.xhtml", List.of("admin", "desk"), List.of("rm", "viewer", "integration")),
                new PageRule("/touchpoints/entry.xhtml", List.of("admin", "rm"), List.of("desk", "steering", "viewer")),
                new PageRule("/touchpoints/list.xhtml", PEOPLE, List.of("integration")),
                new PageRule("/touchpoints/detail.xhtml?id=999999", List.of(), List.of("integration")),
                new PageRule("/touchpoints/calendar.xhtml", PEOPLE, List.of("integration")),
                new PageRule("/touchpoints/coverage.xhtml", PEOPLE, List.of("integration")),
                new PageRule("/touchpoints/follow-ups.xhtml", PEOPLE, List.of("integration")),
                new PageRule(
                        "/surveys/surveys.xhtml", List.of("admin", "rm"), List.of("desk", "viewer", "integration")),
                new PageRule("/surveys/campaigns.xhtml", List.of("admin", "rm"), List.of("steering", "integration")),
                new PageRule("/surveys/scores.xhtml", PEOPLE, List.of("integration")),
                new PageRule("/admin/survey-policy.xhtml", List.of("admin"), List.of("rm", "desk")),
                new PageRule("/admin/analysis.xhtml", List.of("admin"), List.of("desk", "steering", "integration")));
    }

    @TestFactory
    Stream<DynamicTest> theSurveyResponsePageIsPublic() {
        // the invitation token is the credential: no redirect to sign-in, for anyone
        HttpClient anonymous = HttpClient.newHttpClient();
        return Stream.of("/respond.xhtml", "/respond.xhtml?t=unknown")
                .map(path -> DynamicTest.dynamicTest(path, () -> {
                    var response = get(anonymous, path);
                    assertEquals(200, response.statusCode(), path);
                    assertTrue(response.body().contains("id=\"unknown\""), "the not-valid page");
                }));
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.gemba();
    }

    @TestFactory
    Stream<DynamicTest> anonymousVisitorsAreSentToSignIn() {
        HttpClient anonymous = HttpClient.newHttpClient();
        return pages().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.path(), () -> {
                    var response = get(anonymous, rule.path());
                    assertEquals(302, response.statusCode(), rule.path());
                    assertTrue(
                            response.headers().firstValue("Location").orElse("").contains("/login.xhtml?next="));
                }));
    }

    @TestFactory
    Stream<DynamicTest> allowedUsersGetThePageOthersGet403() {
        return pages().stream()
                .flatMap(rule -> Stream.concat(
                        rule.allowed().stream()
                                .map(user -> DynamicTest.dynamicTest(user + " may open " + rule.path(), () -> {
                                    var response = get(signedIn(user), rule.path());
                                    assertEquals(200, response.statusCode(), rule.path());
                                    assertTrue(
                                            response.body().contains("id=\"currentUser\""),
                                            "the application page, not an error");
                                })),
                        rule.refused().stream()
                                .map(user -> DynamicTest.dynamicTest(
                                        user + " may not open " + rule.path(),
                                        () -> assertEquals(
                                                403,
                                                get(signedIn(user), rule.path()).statusCode(),
                                                rule.path())))));
    }

    @TestFactory
    Stream<DynamicTest> aMissingTouchpointIs404ForReaders() {
        return Stream.of("viewer", "rm")
                .map(user -> DynamicTest.dynamicTest(
                        user,
                        () -> assertEquals(
                                404,
                                get(signedIn(user), "/touchpoints/detail.xhtml?id=999999")
                                        .statusCode())));
    }

    private static HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(Api.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A client with a session signed in through the login form. */
    private static HttpClient signedIn(String user) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = get(client, "/login.xhtml").body();
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page);
        assertTrue(state.find(), "login page has a view state");
        Map<String, String> form = Map.of(
                "login",
                "login",
                "login:username",
                user,
                "login:password",
                Api.DEMO_PASSWORD,
                "login:submit",
                "",
                "jakarta.faces.ViewState",
                state.group(1));
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var response = client.send(
                HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, response.statusCode(), () -> user + " signs in: " + response.body());
        return client;
    }
}
