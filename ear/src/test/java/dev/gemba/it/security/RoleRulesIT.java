package dev.gemba.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.gemba.it.Api;
import dev.gemba.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The role rule of every REST endpoint: anonymous calls get 401 problem+json, callers whose role
 * is not allowed get 403 problem+json, allowed roles get through.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoleRulesIT {

    /** method, path, body, roles allowed (demo usernames), one role that is not allowed (or null). */
    record Endpoint(String method, String path, String body, List<String> allowed, String forbidden) {

        /** Import files are CSV; every other body is JSON. */
        String contentType() {
            return path.contains("/imports") ? "text/csv" : "application/json";
        }

        Api.Reply send(Api as) {
            return as.send(method, path, body, contentType(), "*/*");
        }

        /** METHOD and the path as the OpenAPI document writes it. */
        String template() {
            return method + " "
                    + path.replaceAll("\\?.*", "")
                            .replaceAll("/[0-9a-f]{8}-[0-9a-f-]{27}", "/{token}")
                            .replaceAll("/\\d+", "/{id}");
        }
    }

    private static final List<String> EVERYONE = List.of("admin", "rm", "desk", "steering", "viewer", "integration");
    private static final String SERVICE = "{\"name\":\"x\",\"criticality\":\"LOW\",\"status\":\"LIVE\"}";
    private static final String UNIT = "{\"name\":\"x\"}";
    private static final List<String> READERS = List.of("admin", "rm", "desk", "steering", "viewer");
    private static final String FEEDBACK = "{\"channel\":\"PHONE\",\"text\":\"role rule check\"}";
    private static final String CORRECTION = "{\"sentiment\":\"NEUTRAL\",\"version\":0}";
    private static final List<String> IMPORTERS = List.of("admin", "desk", "integration");
    private static final String TOUCHPOINT = "{\"summary\":\"role rule check\"}";
    private static final String FOLLOW_UP = "{\"status\":\"DONE\",\"version\":0}";
    private static final String VOCABULARY = "{\"phase\":\"DESIGN\",\"name\":\"\"}";
    private static final String SURVEY = "{\"name\":\"role rule check\",\"kind\":\"PULSE\"}";
    private static final String CLOSURE = "{\"ticketRef\":\"role-rule\"}";
    private static final String CAMPAIGN = "{\"name\":\"\"}";
    private static final String POLICY = "{\"maxPer30Days\":0}";
    private static final String IMPROVEMENT = "{\"title\":\"\"}";
    private static final String STEP = "{\"to\":\"ACCEPTED\",\"version\":0}";
    private static final String LINK = "{\"findingId\":999999}";
    private static final String KPI_VALUE = "{\"measuredOn\":\"2026-01-05\",\"value\":4.2}";
    private static final String WEIGHTS = "{\"reach\":1}";
    private static final List<String> PROPOSERS = List.of("admin", "rm", "desk");
    private static final List<String> FINDING_WRITERS = List.of("admin", "rm", "desk");
    private static final String FINDING = "{\"title\":\"role rule check\",\"statement\":\"\"}";
    private static final String DECISION = "{\"reason\":\"role rule check\",\"version\":0}";
    private static final String EVIDENCE = "{\"kind\":\"FEEDBACK\",\"itemId\":999999}";
    private static final List<String> REVIEW_READERS = List.of("admin", "rm", "steering", "viewer");
    private static final List<String> REVIEW_WRITERS = List.of("admin", "rm");
    private static final String REVIEW = "{\"businessUnitId\":999999}";
    private static final String VERSION = "{\"version\":0}";
    private static final List<String> SLA_READERS = List.of("admin", "rm", "steering", "viewer");
    private static final List<String> SLA_WRITERS = List.of("admin", "rm");
    private static final List<String> SLA_IMPORTERS = List.of("admin", "rm", "integration");
    private static final String AGREEMENT = "{\"code\":\"\"}";
    private static final String MEASUREMENT = "{\"target\":\"availability\",\"period\":\"2026-01\",\"value\":99}";
    private static final String COMMITTEE = "{\"name\":\"\",\"cadence\":\"MONTHLY\"}";
    private static final String MEMBERS = "{\"members\":[],\"version\":0}";
    private static final String MEETING = "{\"scheduledOn\":\"2030-01-01\"}";
    private static final String POINT = "{\"title\":\"role rule check\"}";
    private static final String ORDER = "{\"pointIds\":[]}";
    private static final String RESOLUTION =
            "{\"kind\":\"REJECT\",\"itemId\":999999,\"rationale\":\"role rule check\"}";
    private static final String USER = "{\"username\":\"x\",\"displayName\":\"x\",\"roles\":[\"VIEWER\"]}";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.gemba();
    }

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("GET", "/api/v1/services", null, EVERYONE, null),
                new Endpoint("GET", "/api/v1/services/999999", null, EVERYONE, null),
                new Endpoint("POST", "/api/v1/services", SERVICE, List.of("admin"), "rm"),
                new Endpoint("PUT", "/api/v1/services/999999", SERVICE, List.of("admin"), "viewer"),
                new Endpoint("DELETE", "/api/v1/services/999999", null, List.of("admin"), "desk"),
                new Endpoint("GET", "/api/v1/business-units", null, EVERYONE, null),
                new Endpoint("GET", "/api/v1/business-units/999999", null, EVERYONE, null),
                new Endpoint("POST", "/api/v1/business-units", UNIT, List.of("admin", "rm"), "desk"),
                new Endpoint("PUT", "/api/v1/business-units/999999", UNIT, List.of("admin", "rm"), "viewer"),
                new Endpoint("DELETE", "/api/v1/business-units/999999", null, List.of("admin", "rm"), "steering"),
                new Endpoint("GET", "/api/v1/users", null, List.of("admin"), "rm"),
                new Endpoint("GET", "/api/v1/users/999999", null, List.of("admin"), "viewer"),
                new Endpoint("POST", "/api/v1/users", USER, List.of("admin"), "integration"),
                new Endpoint("PUT", "/api/v1/users/999999", USER, List.of("admin"), "steering"),
                new Endpoint("DELETE", "/api/v1/users/999999", null, List.of("admin"), "desk"),
                new Endpoint("POST", "/api/v1/feedback", FEEDBACK, List.of("admin", "desk", "integration"), "viewer"),
                new Endpoint("GET", "/api/v1/feedback", null, READERS, "integration"),
                new Endpoint("GET", "/api/v1/feedback/999999", null, READERS, "integration"),
                new Endpoint("PUT", "/api/v1/feedback/999999/correction", CORRECTION, List.of("admin", "desk"), "rm"),
                new Endpoint("POST", "/api/v1/feedback/999999/reanalysis", null, List.of("admin", "desk"), "viewer"),
                new Endpoint("GET", "/api/v1/feedback/corrections", null, List.of("admin", "desk"), "steering"),
                new Endpoint("GET", "/api/v1/feedback/corrections/export", null, List.of("admin", "desk"), "rm"),
                new Endpoint("GET", "/api/v1/feedback/analysis-models", null, List.of("admin", "desk"), "viewer"),
                new Endpoint("POST", "/api/v1/feedback/imports", "Comment\nrole rule", IMPORTERS, "viewer"),
                // format=XML is refused before anything is staged: allowed callers leave no upload behind
                new Endpoint(
                        "POST", "/api/v1/feedback/imports/preview?format=XML", "Comment\nrole rule", IMPORTERS, "rm"),
                new Endpoint(
                        "DELETE",
                        "/api/v1/feedback/imports/preview/00000000-0000-0000-0000-000000000000",
                        null,
                        IMPORTERS,
                        "viewer"),
                new Endpoint("GET", "/api/v1/feedback/imports", null, IMPORTERS, "steering"),
                new Endpoint("GET", "/api/v1/feedback/imports/999999", null, IMPORTERS, "rm"),
                new Endpoint("GET", "/api/v1/feedback/imports/999999/errors", null, IMPORTERS, "viewer"),
                new Endpoint("POST", "/api/v1/imports?kind=feedback", "Comment\nrole rule", IMPORTERS, "rm"),
                new Endpoint(
                        "POST",
                        "/api/v1/imports?kind=survey-responses&surveyId=999999",
                        "Comment\nrole rule",
                        IMPORTERS,
                        "viewer"),
                new Endpoint(
                        "POST",
                        "/api/v1/imports/preview?kind=feedback&format=XML",
                        "Comment\nrole rule",
                        IMPORTERS,
                        "steering"),
                new Endpoint(
                        "DELETE",
                        "/api/v1/imports/preview/00000000-0000-0000-0000-000000000000",
                        null,
                        IMPORTERS,
                        "viewer"),
                new Endpoint("GET", "/api/v1/imports", null, IMPORTERS, "viewer"),
                new Endpoint("GET", "/api/v1/imports?kind=survey-responses", null, IMPORTERS, "rm"),
                new Endpoint("GET", "/api/v1/imports/999999", null, IMPORTERS, "steering"),
                // relationship managers import SLA measurements only (other kinds stay refused to them)
                new Endpoint("POST", "/api/v1/imports?kind=sla-measurements", "Agreement\nx", SLA_IMPORTERS, "desk"),
                new Endpoint("GET", "/api/v1/imports/999999/errors", null, IMPORTERS, "steering"),
                new Endpoint("GET", "/api/v1/insights", null, READERS, "integration"),
                new Endpoint("GET", "/api/v1/feedback/reanalysis-runs", null, List.of("admin", "desk"), "rm"),
                new Endpoint("POST", "/api/v1/feedback/reanalysis-runs", null, List.of("admin"), "desk"),
                new Endpoint("GET", "/api/v1/touchpoints", null, EVERYONE, null),
                new Endpoint("GET", "/api/v1/touchpoints/999999", null, EVERYONE, null),
                new Endpoint("POST", "/api/v1/touchpoints", TOUCHPOINT, List.of("admin", "rm"), "desk"),
                new Endpoint("PUT", "/api/v1/touchpoints/999999", TOUCHPOINT, List.of("admin", "rm"), "viewer"),
                new Endpoint("DELETE", "/api/v1/touchpoints/999999", null, List.of("admin", "rm"), "steering"),
                new Endpoint("GET", "/api/v1/coverage", null, EVERYONE, null),
                new Endpoint("GET", "/api/v1/follow-ups", null, READERS, "integration"),
                new Endpoint("GET", "/api/v1/follow-ups/mine", null, READERS, "integration"),
                new Endpoint("PUT", "/api/v1/follow-ups/999999", FOLLOW_UP, READERS, "integration"),
                new Endpoint("GET", "/api/v1/touchpoint-types", null, EVERYONE, null),
                new Endpoint("POST", "/api/v1/touchpoint-types", VOCABULARY, List.of("admin"), "rm"),
                new Endpoint("PUT", "/api/v1/touchpoint-types/999999", VOCABULARY, List.of("admin"), "viewer"),
                new Endpoint("GET", "/api/v1/information-items", null, EVERYONE, null),
                new Endpoint("POST", "/api/v1/information-items", VOCABULARY, List.of("admin"), "desk"),
                new Endpoint("PUT", "/api/v1/information-items/999999", VOCABULARY, List.of("admin"), "steering"),
                new Endpoint("GET", "/api/v1/surveys", null, READERS, "integration"),
                new Endpoint("GET", "/api/v1/surveys/999999", null, READERS, "integration"),
                new Endpoint("POST", "/api/v1/surveys", SURVEY, List.of("admin", "rm"), "desk"),
                new Endpoint("PUT", "/api/v1/surveys/999999", SURVEY, List.of("admin", "rm"), "steering"),
                new Endpoint("DELETE", "/api/v1/surveys/999999", null, List.of("admin", "rm"), "viewer"),
                new Endpoint("POST", "/api/v1/survey-invitations", CLOSURE, List.of("admin", "integration"), "rm"),
                new Endpoint("GET", "/api/v1/survey-invitations", null, List.of("admin", "rm"), "integration"),
                new Endpoint("GET", "/api/v1/survey-campaigns", null, List.of("admin", "rm"), "desk"),
                new Endpoint("GET", "/api/v1/survey-campaigns/999999", null, List.of("admin", "rm"), "viewer"),
                new Endpoint("POST", "/api/v1/survey-campaigns", CAMPAIGN, List.of("admin", "rm"), "steering"),
                new Endpoint("DELETE", "/api/v1/survey-campaigns/999999", null, List.of("admin", "rm"), "integration"),
                new Endpoint("GET", "/api/v1/survey-scores", null, READERS, "integration"),
                new Endpoint("GET", "/api/v1/survey-policy", null, List.of("admin", "rm"), "desk"),
                new Endpoint("PUT", "/api/v1/survey-policy", POLICY, List.of("admin"), "rm"),
                new Endpoint("GET", "/api/v1/improvements", null, READERS, "integration"),
                new Endpoint("GET", "/api/v1/improvements/999999", null, READERS, "integration"),
                new Endpoint("POST", "/api/v1/improvements", IMPROVEMENT, PROPOSERS, "steering"),
                new Endpoint("PUT", "/api/v1/improvements/999999", IMPROVEMENT, READERS, "integration"),
                new Endpoint("DELETE", "/api/v1/improvements/999999", null, PROPOSERS, "viewer"),
                new Endpoint("POST", "/api/v1/improvements/999999/transitions", STEP, READERS, "integration"),
                new Endpoint("GET", "/api/v1/improvements/999999/history", null, READERS, "integration"),
                new Endpoint("GET", "/api/v1/improvements/999999/outcome", null, READERS, "integration"),
                new Endpoint("GET", "/api/v1/improvements/999999/findings", null, READERS, "integration"),
                new Endpoint("GET", "/api/v1/improvements/999999/kpi-values", null, READERS, "integration"),
                new Endpoint("POST", "/api/v1/improvements/999999/kpi-values", KPI_VALUE, READERS, "integration"),
                new Endpoint("POST", "/api/v1/improvements/999999/findings", LINK, READERS, "integration"),
                new Endpoint(
                        "DELETE",
                        "/api/v1/improvements/999999/findings?findingId=999999",
                        null,
                        READERS,
                        "integration"),
                new Endpoint("GET", "/api/v1/improvement-weights", null, READERS, "integration"),
                new Endpoint("PUT", "/api/v1/improvement-weights", WEIGHTS, List.of("admin"), "steering"),
                new Endpoint("GET", "/api/v1/findings", null, EVERYONE, null),
                new Endpoint("GET", "/api/v1/findings/999999", null, EVERYONE, null),
                new Endpoint("POST", "/api/v1/findings", FINDING, FINDING_WRITERS, "viewer"),
                new Endpoint("PUT", "/api/v1/findings/999999", FINDING, FINDING_WRITERS, "steering"),
                new Endpoint("DELETE", "/api/v1/findings/999999", null, FINDING_WRITERS, "integration"),
                new Endpoint("POST", "/api/v1/findings/999999/evidence", EVIDENCE, FINDING_WRITERS, "viewer"),
                new Endpoint("DELETE", "/api/v1/findings/evidence/999999", null, FINDING_WRITERS, "steering"),
                new Endpoint("GET", "/api/v1/finding-suggestions", null, EVERYONE, null),
                new Endpoint("GET", "/api/v1/finding-suggestions/999999", null, EVERYONE, null),
                new Endpoint(
                        "POST", "/api/v1/finding-suggestions/999999/acceptance", DECISION, FINDING_WRITERS, "viewer"),
                new Endpoint(
                        "POST", "/api/v1/finding-suggestions/999999/dismissal", DECISION, FINDING_WRITERS, "steering"),
                new Endpoint("POST", "/api/v1/finding-suggestions/detection-runs", null, List.of("admin"), "rm"),
                new Endpoint("GET", "/api/v1/service-reviews", null, REVIEW_READERS, "desk"),
                new Endpoint("GET", "/api/v1/service-reviews/999999", null, REVIEW_READERS, "integration"),
                new Endpoint("POST", "/api/v1/service-reviews", REVIEW, REVIEW_WRITERS, "steering"),
                new Endpoint("PUT", "/api/v1/service-reviews/999999", REVIEW, REVIEW_WRITERS, "viewer"),
                new Endpoint("DELETE", "/api/v1/service-reviews/999999", null, REVIEW_WRITERS, "desk"),
                new Endpoint("GET", "/api/v1/service-reviews/999999/pack", null, REVIEW_READERS, "desk"),
                new Endpoint("GET", "/api/v1/service-reviews/999999/pack.pdf", null, REVIEW_READERS, "integration"),
                new Endpoint("PUT", "/api/v1/service-reviews/999999/agenda", VERSION, REVIEW_WRITERS, "steering"),
                new Endpoint("POST", "/api/v1/service-reviews/999999/publication", VERSION, REVIEW_WRITERS, "viewer"),
                new Endpoint("POST", "/api/v1/service-reviews/999999/mail", null, REVIEW_WRITERS, "viewer"),
                new Endpoint("PUT", "/api/v1/service-reviews/999999/minutes", VERSION, REVIEW_WRITERS, "steering"),
                new Endpoint("GET", "/api/v1/service-reviews/999999/minutes.pdf", null, REVIEW_READERS, "desk"),
                new Endpoint("GET", "/api/v1/service-reviews/999999/actions", null, REVIEW_READERS, "integration"),
                new Endpoint("POST", "/api/v1/service-reviews/999999/actions", VERSION, REVIEW_WRITERS, "viewer"),
                new Endpoint("POST", "/api/v1/service-reviews/999999/decisions", VERSION, REVIEW_WRITERS, "desk"),
                new Endpoint("GET", "/api/v1/success-stories/999999.pdf", null, REVIEW_READERS, "desk"),
                new Endpoint("GET", "/api/v1/support-stories?from=x", null, REVIEW_READERS, "integration"),
                // service levels
                new Endpoint("GET", "/api/v1/agreements", null, SLA_READERS, "desk"),
                new Endpoint("GET", "/api/v1/agreements/999999", null, SLA_READERS, "integration"),
                new Endpoint("GET", "/api/v1/agreements/999999/targets", null, SLA_READERS, "desk"),
                new Endpoint("POST", "/api/v1/agreements", AGREEMENT, SLA_WRITERS, "steering"),
                new Endpoint("PUT", "/api/v1/agreements/999999", AGREEMENT, SLA_WRITERS, "viewer"),
                new Endpoint("DELETE", "/api/v1/agreements/999999", null, SLA_WRITERS, "desk"),
                new Endpoint("GET", "/api/v1/agreements/999999/compliance", null, SLA_READERS, "integration"),
                new Endpoint("GET", "/api/v1/agreements/compliance?serviceId=999999", null, SLA_READERS, "desk"),
                new Endpoint("GET", "/api/v1/agreements/999999/measurements", null, SLA_READERS, "integration"),
                new Endpoint("POST", "/api/v1/agreements/999999/measurements", MEASUREMENT, SLA_IMPORTERS, "viewer"),
                // steering committees: everyone reads; the service checks chair and membership (403 problem+json)
                new Endpoint("GET", "/api/v1/committees", null, READERS, "integration"),
                new Endpoint("GET", "/api/v1/committees/999999", null, READERS, "integration"),
                new Endpoint("POST", "/api/v1/committees", COMMITTEE, List.of("admin"), "steering"),
                new Endpoint("PUT", "/api/v1/committees/999999", COMMITTEE, List.of("admin"), "rm"),
                new Endpoint("PUT", "/api/v1/committees/999999/members", MEMBERS, READERS, "integration"),
                new Endpoint("GET", "/api/v1/committees/999999/meetings", null, READERS, "integration"),
                new Endpoint("POST", "/api/v1/committees/999999/meetings", MEETING, READERS, "integration"),
                new Endpoint("GET", "/api/v1/meetings/999999", null, READERS, "integration"),
                new Endpoint("GET", "/api/v1/meetings/999999/agenda", null, READERS, "integration"),
                new Endpoint("POST", "/api/v1/meetings/999999/agenda", POINT, READERS, "integration"),
                new Endpoint("PUT", "/api/v1/meetings/999999/agenda/order", ORDER, READERS, "integration"),
                new Endpoint("POST", "/api/v1/meetings/999999/agenda/refresh", null, READERS, "integration"),
                new Endpoint("POST", "/api/v1/meetings/999999/hold", null, READERS, "integration"),
                new Endpoint("GET", "/api/v1/meetings/999999/decisions", null, READERS, "integration"),
                new Endpoint("POST", "/api/v1/meetings/999999/decisions", RESOLUTION, READERS, "integration"),
                new Endpoint("GET", "/api/v1/decisions", null, READERS, "integration"),
                new Endpoint("GET", "/api/v1/decisions/999999", null, READERS, "integration"),
                new Endpoint("GET", "/api/v1/decisions/export", null, READERS, "integration"),
                new Endpoint("GET", "/api/v1/improvements/999999/notices", null, READERS, "integration"),
                new Endpoint("POST", "/api/v1/improvements/999999/notices", "{}", READERS, "integration"),
                new Endpoint("GET", "/api/v1/you-said-we-did?businessUnit=999999", null, READERS, "integration"));
    }

    /** Open to everybody: the unsubscribe link's token is the credential (an unknown one is 400). */
    static List<Endpoint> publicEndpoints() {
        return List.of(
                new Endpoint("GET", "/api/v1/unsubscribe?t=unknown", null, EVERYONE, null),
                new Endpoint("POST", "/api/v1/unsubscribe?t=unknown", "{}", EVERYONE, null));
    }

    @TestFactory
    Stream<DynamicTest> publicEndpointsAnswerAnonymousCallers() {
        return publicEndpoints().stream()
                .map(e -> DynamicTest.dynamicTest(e.method() + " " + e.path(), () -> {
                    var reply = e.send(Api.anonymous());
                    assertEquals(400, reply.status(), reply::toString);
                    assertTrue(reply.isProblem(), reply::toString);
                }));
    }

    @TestFactory
    Stream<DynamicTest> anonymousCallsGet401ProblemJson() {
        return endpoints().stream()
                .map(e -> DynamicTest.dynamicTest(e.method() + " " + e.path(), () -> {
                    var reply = e.send(Api.anonymous());
                    assertEquals(401, reply.status(), reply::toString);
                    assertTrue(reply.isProblem(), reply::toString);
                    assertEquals(401, reply.json().getInt("status"));
                    assertTrue(reply.raw()
                            .headers()
                            .firstValue("WWW-Authenticate")
                            .orElse("")
                            .startsWith("Basic"));
                }));
    }

    @TestFactory
    Stream<DynamicTest> wrongPasswordGets401() {
        return endpoints().stream()
                .limit(3)
                .map(e -> DynamicTest.dynamicTest(e.method() + " " + e.path(), () -> {
                    var reply = e.send(Api.as("admin", "not-the-password"));
                    assertEquals(401, reply.status(), reply::toString);
                    assertTrue(reply.isProblem(), reply::toString);
                }));
    }

    @Test
    void refusedCallsLeaveNoErrorInTheServerLog() throws Exception {
        Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        long before = Files.size(log);
        assertEquals(401, Api.anonymous().get("/api/v1/services").status());
        assertEquals(
                401,
                Api.as("admin", "not-the-password")
                        .post("/api/v1/services", SERVICE)
                        .status());
        // The container used to log the error just after the client had its response: a check
        // that nothing is logged needs a window, and two seconds is far longer than that took.
        Thread.sleep(2000);
        String added = tail(log, before);
        assertFalse(added.contains("UT005023") || added.contains("Response already commited"), added);
    }

    /** New endpoints cannot slip through: every operation of the OpenAPI document has a rule above. */
    @Test
    void everyEndpointOfTheApiHasARoleRuleAndATestHere() {
        var document = Api.anonymous().send("GET", "/openapi?format=JSON", null, "application/json");
        assertEquals(200, document.status(), document::toString);
        var ruled = Stream.concat(endpoints().stream(), publicEndpoints().stream())
                .map(Endpoint::template)
                .collect(java.util.stream.Collectors.toSet());
        List<String> missing = new java.util.ArrayList<>();
        document.json().getJsonObject("paths").forEach((path, operations) -> operations.asJsonObject().keySet().stream()
                .filter(m -> List.of("get", "put", "post", "delete", "patch").contains(m))
                .map(m -> m.toUpperCase(java.util.Locale.ROOT) + " " + path)
                .filter(operation -> !ruled.contains(operation))
                .forEach(missing::add));
        assertEquals(List.of(), missing, "operations without a rule in RoleRulesIT.endpoints()");
    }

    @Test
    void theUnauthorizedErrorBodyIsNoPageOfItsOwn() {
        assertEquals(404, Api.as("admin").get("/errors/sign-in").status());
    }

    private static String tail(Path file, long from) throws Exception {
        try (var in = new RandomAccessFile(file.toFile(), "r")) {
            long start = from <= in.length() ? from : 0; // rotated meanwhile
            byte[] bytes = new byte[(int) (in.length() - start)];
            in.seek(start);
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    @TestFactory
    Stream<DynamicTest> rolesNotAllowedGet403ProblemJson() {
        return endpoints().stream()
                .filter(e -> e.forbidden() != null)
                .map(e -> DynamicTest.dynamicTest(e.forbidden() + ": " + e.method() + " " + e.path(), () -> {
                    var reply = e.send(Api.as(e.forbidden()));
                    assertEquals(403, reply.status(), reply::toString);
                    assertTrue(reply.isProblem(), reply::toString);
                }));
    }

    @TestFactory
    Stream<DynamicTest> allowedRolesGetThrough() {
        // 404 and 400 prove the request passed the role check and reached the service
        return endpoints().stream().flatMap(e -> e.allowed().stream()
                .map(user -> DynamicTest.dynamicTest(user + ": " + e.method() + " " + e.path(), () -> {
                    var reply = e.send(Api.as(user));
                    assertTrue(reply.status() != 401 && reply.status() != 403, reply::toString);
                    assertTrue(reply.status() < 500, reply::toString);
                })));
    }
}
