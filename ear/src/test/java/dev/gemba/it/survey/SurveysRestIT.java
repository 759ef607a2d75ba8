package dev.gemba.it.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.JsonObject;

import dev.gemba.it.Api;
import dev.gemba.it.Deployments;
import dev.gemba.it.SentMail;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Surveys over HTTP: the ITSM trigger (idempotent, also under a race), problem+json for bad
 * definitions, a campaign that mails its invitations to the demo mail folder, and the public
 * page's clear answers for used, unknown and over-used links.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class SurveysRestIT {

    private final Api admin = Api.as("admin");
    private final Api rm = Api.as("rm");
    private final Api integration = Api.as("integration");

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.gemba();
    }

    public static String surveyJson(String name) {
        return "{\"name\":\"" + name + "\",\"kind\":\"TRANSACTIONAL\",\"questions\":["
                + "{\"code\":\"csat\",\"type\":\"CSAT\",\"required\":true,\"textEn\":\"How satisfied are you?\","
                + "\"textDe\":\"Wie zufrieden sind Sie?\"},"
                + "{\"code\":\"improve\",\"type\":\"FREE_TEXT\",\"required\":true,\"textEn\":\"What should we improve?\","
                + "\"textDe\":\"Was sollten wir verbessern?\",\"showIfCode\":\"csat\",\"showIfMax\":2},"
                + "{\"code\":\"comment\",\"type\":\"FREE_TEXT\",\"textEn\":\"Anything else?\","
                + "\"textDe\":\"Sonst noch etwas?\"}]}";
    }

    public static long createSurvey(Api api) {
        var reply = api.post("/api/v1/surveys", surveyJson("REST survey " + UUID.randomUUID()));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }

    public static String closureJson(long survey, String ticket, String email, String language) {
        return "{\"ticketRef\":\"" + ticket + "\",\"requesterName\":\"Requester\",\"requesterEmail\":\"" + email
                + "\",\"language\":\"" + language + "\",\"surveyId\":" + survey
                + ",\"tier\":\"L1\",\"resolutionMinutes\":42}";
    }

    @Test
    void theTriggerIsIdempotentByTicketAlsoWhenRepeatsRace() throws Exception {
        long survey = createSurvey(rm);
        String ticket = "INC-" + UUID.randomUUID();
        String body = closureJson(survey, ticket, "race-" + UUID.randomUUID() + "@example.com", "en");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            replies.add(pool.submit(() -> integration.post("/api/v1/survey-invitations", body)));
        }
        Set<Long> ids = new HashSet<>();
        int created = 0;
        for (var f : replies) {
            Api.Reply reply = f.get();
            assertTrue(reply.status() == 201 || reply.status() == 200, reply::toString);
            created += reply.status() == 201 ? 1 : 0;
            ids.add(reply.json().getJsonNumber("id").longValue());
            assertTrue(reply.json().getString("link").contains("/respond.xhtml?t="));
        }
        pool.shutdown();
        assertEquals(1, created);
        assertEquals(1, ids.size());
        long invitations = admin.get("/api/v1/survey-invitations?size=200").jsonValue().asJsonArray().stream()
                .map(v -> v.asJsonObject())
                .filter(o -> ticket.equals(o.getString("ticketRef", null)))
                .count();
        assertEquals(1, invitations);
    }

    @Test
    void badInputNamesTheField() {
        var badEmail = integration.post("/api/v1/survey-invitations", closureJson(1, "INC-1", "not-an-email", "en"));
        assertEquals(400, badEmail.status());
        assertTrue(badEmail.isProblem());
        assertTrue(badEmail.body().contains("requesterEmail"), badEmail::toString);

        String laterCondition = surveyJson("Bad").replace("\"showIfCode\":\"csat\"", "\"showIfCode\":\"comment\"");
        var badCondition = rm.post("/api/v1/surveys", laterCondition);
        assertEquals(400, badCondition.status());
        assertTrue(badCondition.body().contains("questions[1].showIfCode"), badCondition::toString);

        var choices = rm.post(
                "/api/v1/surveys",
                "{\"name\":\"x\",\"kind\":\"PULSE\",\"questions\":[{\"code\":\"a\","
                        + "\"type\":\"SINGLE_CHOICE\",\"textEn\":\"Pick\",\"textDe\":\"Wähle\",\"choicesEn\":[\"A\",\"B\"],"
                        + "\"choicesDe\":[\"A\"]}]}");
        assertEquals(400, choices.status());
        assertTrue(choices.body().contains("questions[0].choicesDe"), choices::toString);
    }

    @Test
    void aCampaignMailsItsInvitationsAndReportsProgress() throws Exception {
        long survey = createSurvey(rm);
        // a unit of its own with one contact, so other tests' invitations do not interfere
        String email = "contact-" + UUID.randomUUID() + "@example.com";
        var unit = rm.post(
                "/api/v1/business-units",
                "{\"name\":\"Campaign unit " + UUID.randomUUID()
                        + "\",\"keyContacts\":[{\"name\":\"Carla Contact\",\"email\":\"" + email + "\"}]}");
        assertEquals(201, unit.status(), unit::toString);
        long unitId = unit.json().getJsonNumber("id").longValue();
        var campaign = rm.post(
                "/api/v1/survey-campaigns",
                "{\"surveyId\":" + survey + ",\"name\":\"Yearly\"," + "\"businessUnitId\":" + unitId
                        + ",\"reminderAfterDays\":7}");
        assertEquals(201, campaign.status(), campaign::toString);
        long id = campaign.json().getJsonNumber("id").longValue();

        JsonObject progress = awaitProgress(id);
        assertEquals("LAUNCHED", progress.getString("status"));
        assertEquals(1, progress.getInt("invited"));
        assertEquals(1, progress.getInt("sent"));
        assertEquals(0, progress.getInt("answered"));
        assertFalse(
                SentMail.matching(m -> m.to().contains(email) && m.body().contains("/respond.xhtml?t="))
                        .isEmpty(),
                "an .eml with the link for " + email + " in " + SentMail.FOLDER.toAbsolutePath());
        var cancelLaunched = rm.delete("/api/v1/survey-campaigns/" + id);
        assertEquals(400, cancelLaunched.status(), "a sent campaign cannot be cancelled");
    }

    private JsonObject awaitProgress(long id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonObject c = rm.get("/api/v1/survey-campaigns/" + id).json();
            if (c.getInt("sent") > 0) {
                return c;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("campaign " + id + " was not sent within 60 s");
    }

    @Test
    void thePublicPageNeedsNoSignInAndSaysClearlyWhenALinkIsNotValid() throws Exception {
        long survey = createSurvey(rm);
        var invitation = integration.post(
                "/api/v1/survey-invitations",
                closureJson(survey, "INC-" + UUID.randomUUID(), "page-" + UUID.randomUUID() + "@example.com", "de"));
        String link = invitation.json().getString("link");
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var open = client.send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, open.statusCode());
        assertTrue(open.body().contains("Wie zufrieden sind Sie?"), "German questions for a German invitation");
        assertFalse(open.body().contains("j_username"), "no login form");

        var unknown = client.send(
                HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/respond.xhtml?t=nonsense"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, unknown.statusCode());
        assertTrue(unknown.body().contains("Link not valid"), unknown.body());
        assertFalse(unknown.body().contains(".java:"), "a page, not a stack trace");
    }

    @Test
    void tooManyRequestsForOneLinkAreRefused() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        URI uri = URI.create(Api.baseUrl() + "/respond.xhtml?t=flood-" + UUID.randomUUID());
        int refused = 0;
        // 130 quick requests span at most two one-minute windows: one of them exceeds the 60 allowed
        for (int i = 0; i < 130; i++) {
            var reply = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() == 429) {
                refused++;
                assertTrue(reply.body().contains("Too many requests"));
            }
        }
        assertTrue(refused >= 5, "refused " + refused);
    }
}
