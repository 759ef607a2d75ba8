package dev.gemba.it.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;

import dev.gemba.it.Api;
import dev.gemba.it.Browser;
import dev.gemba.it.BrowserTest;
import dev.gemba.it.SentMail;
import org.junit.jupiter.api.Test;

/**
 * The loop closed for a German-speaking customer: the owner marks the item delivered on its page,
 * the customer's mail is written in German with an unsubscribe link, following it opts them out,
 * and the item's next success tells them nothing; the item page shows who was told when.
 */
class NoticeBrowserIT extends BrowserTest {

    NoticeBrowserIT() {
        super(false);
    }

    @Override
    protected String keptPagePrefix() {
        return "notice-";
    }

    @Test
    void deliveredTellsTheCustomerInGermanAndTheirUnsubscribeLinkWorks() throws Exception {
        var f = new NoticeFixture();
        String address = NoticeFixture.address();
        long item = f.startedItem(
                "VPN im Homeoffice stabil",
                f.feedback(
                        "Das VPN bricht im Homeoffice ständig ab, jede Stunde muss ich mich neu anmelden. Sehr ärgerlich.",
                        "Dora Deutsch",
                        address));

        browser = new Browser();
        browser.signIn("rm", Api.DEMO_PASSWORD);
        browser.open("/improvements/item.xhtml?id=" + item);
        browser.byXpath("//button[contains(@class,'gemba-step-deliver')]").click();
        browser.awaitAjax();
        browser.click("stepForm:confirm");
        browser.awaitAjax();
        browser.waitForText("Done: Mark delivered.");

        String number = f.notices(item, 1).getJsonObject(0).getString("number");
        SentMail mail = awaitMail(address, number);
        assertTrue(mail.subject().startsWith("Sie sagten, wir handelten"), mail.subject());
        assertTrue(mail.body().contains("umgesetzt am"), mail.body());
        assertTrue(mail.body().contains("Um keine solchen Nachrichten mehr zu erhalten"), mail.body());

        browser.repeatUntilText(
                () -> browser.open("/improvements/item.xhtml?id=" + item), address, Duration.ofSeconds(20));
        assertTrue(browser.pageSource().contains("benachrichtigt")
                || browser.pageSource().contains("told"));
        browser.close();

        browser = new Browser();
        browser.driver().get(mail.unsubscribeLink());
        browser.waitForLoad();
        assertTrue(browser.textOf("ask").contains("Keine Nachrichten mehr"), browser.textOf("ask"));
        browser.click("confirm");
        browser.waitForLoad();
        assertTrue(browser.textOf("done").contains("erhält keine solchen Nachrichten mehr"), browser.textOf("done"));
        browser.assertAccessible();

        f.ok(f.step(f.rm, item, "BENEFITS_REVIEW", null));
        var closed = f.rm.post(
                "/api/v1/improvements/" + item + "/transitions",
                "{\"to\":\"CLOSED\",\"closure\":\"SUCCESSFUL\",\"version\":"
                        + f.desk.get("/api/v1/improvements/" + item).json().getJsonNumber("version") + "}");
        assertEquals(200, closed.status(), closed::toString);
        var notices = f.notices(item, 2);
        JsonObject newest = notices.getJsonObject(0);
        assertEquals("CLOSED", newest.getString("toStatus"));
        assertEquals("OPTED_OUT", NoticeFixture.recipient(newest, address).getString("status"));
        assertEquals(1, NoticeFixture.mailTo(address, "").size(), "nothing after unsubscribing");
    }

    private static SentMail awaitMail(String address, String text) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            List<SentMail> mails = NoticeFixture.mailTo(address, text);
            if (!mails.isEmpty()) {
                return mails.get(0);
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no mail to " + address);
    }
}
