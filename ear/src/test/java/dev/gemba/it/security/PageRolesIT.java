package dev.gemba.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
                        "/importing/import.xhtml",
                        List.of("admin", "desk", "rm"),
                        List.of("steering", "viewer", "integration")),
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
                new PageRule("/admin/analysis.xhtml", List.of("admin"), List.of("desk", "steering", "integration")),
                new PageRule(
                        "/admin/score-weights.xhtml",
                        List.of("admin"),
                        List.of("rm", "steering", "viewer", "integration")),
                new PageRule("/improvements/register.xhtml", PEOPLE, List.of("integration")),
                new PageRule("/improvements/item.xhtml?id=999999", List.of(), List.of("integration")),
                new PageRule(
                        "/improvements/edit.xhtml",
                        List.of("admin", "rm", "desk"),
                        List.of("steering", "viewer", "integration")),
                new PageRule("/findings/list.xhtml", PEOPLE, List.of("integration")),
                new PageRule("/findings/finding.xhtml?id=999999", List.of(), List.of("integration")),
                new PageRule("/findings/suggestions.xhtml", PEOPLE, List.of("integration")),
                new PageRule("/notices/you-said-we-did.xhtml", PEOPLE, List.of("integration")),
                new PageRule(
                        "/findings/edit.xhtml",
                        List.of("admin", "rm", "desk"),
                        List.of("steering", "viewer", "integration")),
                new PageRule(
                        "/reviews/list.xhtml",
                        List.of("admin", "rm", "steering", "viewer"),
                        List.of("desk", "integration")),
                new PageRule("/reviews/review.xhtml?id=999999", List.of(), List.of("desk", "integration")),
                // service levels
                new PageRule(
                        "/servicelevels/agreements.xhtml",
                        List.of("admin", "rm", "steering", "viewer"),
                        List.of("desk", "integration")),
                new PageRule(
                        "/servicelevels/agreement.xhtml",
                        List.of("admin", "rm"),
                        List.of("desk", "steering", "viewer", "integration")),
                new PageRule(
                        "/servicelevels/compliance.xhtml",
                        List.of("admin", "rm", "steering", "viewer"),
                        List.of("desk", "integration")),
                new PageRule("/steering/home.xhtml", PEOPLE, List.of("integration")),
                new PageRule("/steering/committees.xhtml", PEOPLE, List.of("integration")),
                new PageRule("/steering/committee.xhtml?id=999999", List.of(), List.of("integration")),
                new PageRule("/steering/meeting.xhtml?id=999999", List.of(), List.of("integration")),
                new PageRule("/steering/decisions.xhtml", PEOPLE, List.of("integration")));
    }

    @TestFactory
    Stream<DynamicTest> theSurveyResponsePageIsPublic() {
        // the invitation token is the credential: no redirect to sign-in, for anyone
        return Stream.of("/respond.xhtml", "/respond.xhtml?t=unknown")
                .map(path -> DynamicTest.dynamicTest(path, () -> {
                    var response = WebSession.anonymous().get(path);
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
        return pages().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.path(), () -> {
                    var response = WebSession.anonymous().get(rule.path());
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
                                    var response = WebSession.signedIn(user).get(rule.path());
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
                                                WebSession.signedIn(user)
                                                        .get(rule.path())
                                                        .statusCode(),
                                                rule.path())))));
    }

    /**
     * Pages open to everybody: the sign-in page, the survey page and the unsubscribe page, whose
     * links are the credential, and the accessibility statement, which the survey page links to.
     */
    private static final List<String> PUBLIC_PAGES =
            List.of("/login.xhtml", "/respond.xhtml", "/accessibility.xhtml", "/unsubscribe.xhtml");

    @Test
    void theUnsubscribePageIsPublicAndRefusesAnUnknownLink() {
        var response = WebSession.anonymous().get("/unsubscribe.xhtml?t=unknown&lang=de");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("id=\"invalid\""), "the link is not valid");
        assertTrue(response.body().contains("nicht gültig"), "in the language of the link");
    }

    @Test
    void theAccessibilityStatementIsPublic() {
        var response = WebSession.anonymous().get("/accessibility.xhtml");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("id=\"statementContact\""), "the statement with its contact");
        var german = WebSession.anonymous().get("/accessibility.xhtml?lang=de");
        assertTrue(german.body().contains("lang=\"de\""), "in the language the survey page passes");
        assertTrue(german.body().contains("Erklärung zur Barrierefreiheit"), "in German");
    }

    @Test
    void everyPageOfTheApplicationHasARoleRuleAndATestHere() throws Exception {
        var ruled = pages().stream().map(r -> r.path().replaceAll("\\?.*", "")).collect(Collectors.toSet());
        List<String> missing = new java.util.ArrayList<>();
        try (var ear = new java.util.zip.ZipFile(System.getProperty("gemba.ear", "target/gemba.ear"));
                var war = new java.util.zip.ZipInputStream(ear.getInputStream(ear.getEntry(Deployments.WEB_MODULE)))) {
            for (var entry = war.getNextEntry(); entry != null; entry = war.getNextEntry()) {
                String path = "/" + entry.getName();
                if (path.endsWith(".xhtml")
                        && !path.startsWith("/WEB-INF/")
                        && !path.startsWith("/resources/")
                        && !ruled.contains(path)
                        && !PUBLIC_PAGES.contains(path)) {
                    missing.add(path);
                }
            }
        }
        assertEquals(List.of(), missing, "pages without a rule in PageRolesIT.pages()");
    }

    @Test
    void theCorrectionsDownloadOfTheAnalysisPageIsForAdministratorsOnly() {
        var download = WebSession.signedIn("admin").get("/admin/corrections.jsonl");
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith("application/x-ndjson"));
        assertEquals(
                403, WebSession.signedIn("desk").get("/admin/corrections.jsonl").statusCode());
        assertEquals(302, WebSession.anonymous().get("/admin/corrections.jsonl").statusCode());
    }

    @Test
    void theFeedbackImportAddressOfEarlierVersionsLeadsToTheImportPage() {
        var response = WebSession.signedIn("desk").get("/feedback/import.xhtml");
        assertEquals(302, response.statusCode());
        assertTrue(
                response.headers().firstValue("Location").orElse("").endsWith("/importing/import.xhtml"),
                response.headers().toString());
    }

    @TestFactory
    Stream<DynamicTest> aMissingImprovementItemIs404ForReaders() {
        return Stream.of("viewer", "steering")
                .map(user -> DynamicTest.dynamicTest(
                        user,
                        () -> assertEquals(
                                404,
                                WebSession.signedIn(user)
                                        .get("/improvements/item.xhtml?id=999999")
                                        .statusCode())));
    }

    @TestFactory
    Stream<DynamicTest> aMissingCommitteeOrMeetingIs404ForReaders() {
        return Stream.of("/steering/committee.xhtml?id=999999", "/steering/meeting.xhtml?id=999999")
                .map(path -> DynamicTest.dynamicTest(
                        path,
                        () -> assertEquals(
                                404, WebSession.signedIn("viewer").get(path).statusCode())));
    }

    @Test
    void theDecisionLogExportIsForPeopleWhoMayOpenTheLog() {
        var viewer = WebSession.signedIn("viewer");
        String page = viewer.get("/steering/decisions.xhtml").body();
        var download = viewer.postForm(
                "/steering/decisions.xhtml",
                page,
                java.util.Map.of("log", "log", "log:text", "CSI-0001", "log:exportCsv", ""));
        assertEquals(200, download.statusCode());
        assertTrue(
                download.headers().firstValue("Content-Disposition").orElse("").contains("gemba-decisions-"),
                download.headers()::toString);
        assertTrue(download.body().contains("Rationale") && download.body().contains("CSI-0001"), download.body());
        assertEquals(
                403,
                WebSession.signedIn("integration")
                        .post("/steering/decisions.xhtml", java.util.Map.of("log:exportCsv", ""))
                        .statusCode());
        assertEquals(
                302, WebSession.anonymous().get("/steering/decisions.xhtml").statusCode());
    }

    @TestFactory
    Stream<DynamicTest> aMissingFindingIs404ForReaders() {
        return Stream.of("viewer", "desk")
                .map(user -> DynamicTest.dynamicTest(
                        user,
                        () -> assertEquals(
                                404,
                                WebSession.signedIn(user)
                                        .get("/findings/finding.xhtml?id=999999")
                                        .statusCode())));
    }

    @TestFactory
    Stream<DynamicTest> aMissingServiceReviewIs404ForReaders() {
        return Stream.of("viewer", "steering")
                .map(user -> DynamicTest.dynamicTest(
                        user,
                        () -> assertEquals(
                                404,
                                WebSession.signedIn(user)
                                        .get("/reviews/review.xhtml?id=999999")
                                        .statusCode())));
    }

    @Test
    void theReviewPdfDownloadFollowsTheReviewPagesRule() {
        assertEquals(
                404,
                WebSession.signedIn("viewer")
                        .get("/reviews/document.pdf?id=999999")
                        .statusCode());
        assertEquals(
                403,
                WebSession.signedIn("desk")
                        .get("/reviews/document.pdf?id=999999")
                        .statusCode());
        assertEquals(
                302,
                WebSession.anonymous().get("/reviews/document.pdf?id=999999").statusCode());
    }

    @TestFactory
    Stream<DynamicTest> aMissingTouchpointIs404ForReaders() {
        return Stream.of("viewer", "rm")
                .map(user -> DynamicTest.dynamicTest(
                        user,
                        () -> assertEquals(
                                404,
                                WebSession.signedIn(user)
                                        .get("/touchpoints/detail.xhtml?id=999999")
                                        .statusCode())));
    }
}
