package dev.gemba.it.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * Invitation mails as their readers get them (the demo mail folder's .eml files): subject and
 * survey title in the mail's language, the ticket named, the expiry written like every other
 * time in that language, with its zone, never as a raw timestamp.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SurveyMailIT {

    private static final Pattern RAW_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.gemba();
    }

    @Test
    void aGermanTicketMailIsGermanThroughoutAndNamesTheTicket() throws Exception {
        long survey = bilingualSurvey();
        String ticket = "INC-" + UUID.randomUUID().toString().substring(0, 8);
        SentMail mail = invite(survey, ticket, "de");

        assertTrue(mail.subject().contains("Zufriedenheit mit Ihrem Ticket"), mail.subject());
        assertTrue(mail.subject().contains(ticket), "the subject names the ticket: " + mail.subject());
        assertTrue(mail.body().contains(ticket), mail.body());
        assertFalse(mail.body().contains("Ticket satisfaction"), "the English title: " + mail.body());
        assertFalse(RAW_INSTANT.matcher(mail.body()).find(), "a raw timestamp: " + mail.body());
        Matcher expiry = Pattern.compile("gilt bis (\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}) (\\S+)")
                .matcher(mail.body());
        assertTrue(expiry.find(), mail.body());
        assertEquals("UTC", expiry.group(2).replaceAll("\\W+$", ""), "the test server's zone is named");
    }

    @Test
    void anEnglishTicketMailNamesTheTicketAndAReadableExpiry() throws Exception {
        long survey = bilingualSurvey();
        String ticket = "INC-" + UUID.randomUUID().toString().substring(0, 8);
        SentMail mail = invite(survey, ticket, "en");

        assertTrue(mail.subject().contains("Your ticket satisfaction"), mail.subject());
        assertTrue(mail.subject().contains(ticket), mail.subject());
        assertTrue(mail.body().contains(ticket), mail.body());
        assertFalse(RAW_INSTANT.matcher(mail.body()).find(), "a raw timestamp: " + mail.body());
        assertTrue(
                Pattern.compile("valid until \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC")
                        .matcher(mail.body())
                        .find(),
                mail.body());
    }

    /** A transactional survey with an English and a German title. */
    private static long bilingualSurvey() {
        String json = SurveysRestIT.surveyJson("Your ticket satisfaction " + UUID.randomUUID())
                .replaceFirst(
                        "\"kind\"", "\"nameDe\":\"Zufriedenheit mit Ihrem Ticket " + UUID.randomUUID() + "\",\"kind\"");
        var created = Api.as("rm").post("/api/v1/surveys", json);
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
    }

    private static SentMail invite(long survey, String ticket, String language) throws Exception {
        String email = "mail-" + UUID.randomUUID() + "@example.com";
        String closure =
                SurveysRestIT.closureJson(survey, ticket, email, language).replaceFirst("\\}$", ",\"sendEmail\":true}");
        var reply = Api.as("integration").post("/api/v1/survey-invitations", closure);
        assertEquals(201, reply.status(), reply::toString);
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            SentMail mail = mailTo(email);
            if (mail != null) {
                return mail;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no mail to " + email + " in " + SentMail.FOLDER.toAbsolutePath());
    }

    private static SentMail mailTo(String email) throws IOException {
        return SentMail.matching(mail -> mail.to().contains(email)).stream()
                .findFirst()
                .orElse(null);
    }
}
