package dev.gemba.it.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.gemba.it.Api;
import dev.gemba.it.Deployments;
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

    private static final Path MAIL = Path.of("target/it-data/mail");
    private static final Pattern RAW_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.gemba();
    }

    @Test
    void aGermanTicketMailIsGermanThroughoutAndNamesTheTicket() throws Exception {
        long survey = bilingualSurvey();
        String ticket = "INC-" + UUID.randomUUID().toString().substring(0, 8);
        Mail mail = invite(survey, ticket, "de");

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
        Mail mail = invite(survey, ticket, "en");

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

    private static Mail invite(long survey, String ticket, String language) throws Exception {
        String email = "mail-" + UUID.randomUUID() + "@example.com";
        String closure =
                SurveysRestIT.closureJson(survey, ticket, email, language).replaceFirst("\\}$", ",\"sendEmail\":true}");
        var reply = Api.as("integration").post("/api/v1/survey-invitations", closure);
        assertEquals(201, reply.status(), reply::toString);
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            Mail mail = mailTo(email);
            if (mail != null) {
                return mail;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no mail to " + email + " in " + MAIL.toAbsolutePath());
    }

    private static Mail mailTo(String email) throws IOException {
        if (!Files.isDirectory(MAIL)) {
            return null;
        }
        try (Stream<Path> files = Files.list(MAIL)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".eml")).toList()) {
                Mail mail = Mail.read(Files.readString(file, StandardCharsets.ISO_8859_1));
                if (mail.to().contains(email)) {
                    return mail;
                }
            }
        }
        return null;
    }

    /** The parts of a single-part text mail a reader sees, decoded (RFC 2047 subject, transfer encodings). */
    record Mail(String to, String subject, String body) {

        static Mail read(String raw) {
            int split = raw.indexOf("\r\n\r\n") >= 0 ? raw.indexOf("\r\n\r\n") : raw.indexOf("\n\n");
            String headers = raw.substring(0, split).replaceAll("\r?\n[ \t]+", " ");
            String body = raw.substring(split).strip();
            String encoding = header(headers, "Content-Transfer-Encoding").toLowerCase();
            byte[] bytes = body.getBytes(StandardCharsets.ISO_8859_1);
            byte[] decoded =
                    switch (encoding) {
                        case "quoted-printable" -> quotedPrintable(body);
                        case "base64" -> Base64.getMimeDecoder().decode(bytes);
                        default -> bytes;
                    };
            return new Mail(
                    header(headers, "To"),
                    words(header(headers, "Subject")),
                    new String(decoded, StandardCharsets.UTF_8).replace("\r\n", "\n"));
        }

        private static String header(String headers, String name) {
            Matcher m = Pattern.compile("(?im)^" + name + ": (.*)$").matcher(headers);
            return m.find() ? m.group(1).strip() : "";
        }

        private static String words(String value) {
            Matcher m = Pattern.compile("=\\?UTF-8\\?([QB])\\?(.*?)\\?=\\s*", Pattern.CASE_INSENSITIVE)
                    .matcher(value);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                byte[] bytes = m.group(1).equalsIgnoreCase("B")
                        ? Base64.getDecoder().decode(m.group(2))
                        : quotedPrintable(m.group(2).replace('_', ' '));
                m.appendReplacement(out, Matcher.quoteReplacement(new String(bytes, StandardCharsets.UTF_8)));
            }
            m.appendTail(out);
            return out.toString();
        }

        private static byte[] quotedPrintable(String text) {
            String joined = text.replaceAll("=\r?\n", "");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; i < joined.length(); i++) {
                char c = joined.charAt(i);
                if (c == '=' && i + 2 < joined.length()) {
                    out.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                    i += 2;
                } else {
                    out.write(c);
                }
            }
            return out.toByteArray();
        }
    }
}
