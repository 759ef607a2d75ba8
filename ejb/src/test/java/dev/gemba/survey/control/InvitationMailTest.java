package dev.gemba.survey.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Locale;
import java.util.TimeZone;

import dev.gemba.platform.boundary.CallerLocale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What an invitation mail says, in each language. */
class InvitationMailTest {

    private static final Instant EXPIRES = Instant.parse("2026-12-20T13:30:00.352328Z");
    private TimeZone before;

    @BeforeEach
    void inBerlin() {
        before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
    }

    @AfterEach
    void restore() {
        TimeZone.setDefault(before);
    }

    @Test
    void aGermanTicketMailNamesTheTicketAndTheExpiryAsGermansWriteIt() {
        InvitationMail mail;
        try (var german = CallerLocale.use(Locale.GERMAN)) {
            mail = InvitationMail.compose(
                    "Zufriedenheit mit Ihrem Ticket", "Greta Gruber", "INC-4711", "https://x/r?t=1", EXPIRES, false);
        }
        assertEquals("Zufriedenheit mit Ihrem Ticket – Ticket INC-4711", mail.subject());
        assertTrue(
                mail.body().startsWith("Guten Tag Greta Gruber,\n\nIhr Ticket INC-4711 wurde abgeschlossen."),
                mail.body());
        assertTrue(mail.body().contains("„Zufriedenheit mit Ihrem Ticket“"), mail.body());
        assertTrue(mail.body().contains("\nhttps://x/r?t=1\n"), mail.body());
        assertTrue(mail.body().endsWith("Der Link gilt bis 20.12.2026 14:30 MEZ.\n"), mail.body());
    }

    @Test
    void anEnglishCampaignReminderWithoutAName() {
        InvitationMail mail;
        try (var english = CallerLocale.use(Locale.ENGLISH)) {
            mail = InvitationMail.compose("IT relationship survey", null, null, "https://x/r?t=2", EXPIRES, true);
        }
        assertEquals("Reminder: IT relationship survey", mail.subject());
        assertTrue(mail.body().startsWith("Hello,\n\nhow is your IT serving you?"), mail.body());
        assertFalse(mail.body().contains("ticket"), mail.body());
        assertTrue(mail.body().endsWith("The link is valid until 2026-12-20 14:30 CET.\n"), mail.body());
    }
}
