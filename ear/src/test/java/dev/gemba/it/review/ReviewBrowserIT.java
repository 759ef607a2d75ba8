package dev.gemba.it.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.gemba.it.Api;
import dev.gemba.it.Browser;
import dev.gemba.it.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The relationship manager schedules a review, edits the agenda, publishes the pack, records the
 * minutes with an action and downloads the pack as PDF.
 */
class ReviewBrowserIT extends BrowserTest {

    @Test
    void scheduleEditTheAgendaPublishRecordMinutesAndDownloadThePdf() throws Exception {
        long unit = new ReviewFixture().unitOfRm("Werkstätten")[0];
        String unitName =
                Api.as("rm").get("/api/v1/business-units/" + unit).json().getString("name");

        browser = new Browser();
        browser.signIn("rm", Api.DEMO_PASSWORD);
        browser.open("/reviews/list.xhtml");
        browser.choose("schedule:businessUnitId", unitName);
        browser.awaitAjax();
        browser.click("schedule:scheduleButton");
        browser.waitForUrl("/reviews/review.xhtml");
        assertEquals("Planned", browser.textOf("review:status"));
        assertTrue(browser.textOf("review:unit").contains(unitName));

        // the agenda: drop the second point, move the third up, add one
        String third = browser.byId("agendaForm:agenda:2:pointTitle").getAttribute("value");
        browser.click("agendaForm:agenda:1:remove");
        browser.awaitAjax();
        browser.click("agendaForm:agenda:1:up");
        browser.awaitAjax();
        browser.byId("agendaForm:newPoint").sendKeys("Verschiedenes und Grüße");
        browser.click("agendaForm:addPoint");
        browser.awaitAjax();
        browser.click("agendaForm:saveAgenda");
        browser.waitForText("The agenda is saved.");
        assertEquals(third, browser.byId("agendaForm:agenda:0:pointTitle").getAttribute("value"));
        assertEquals(
                "Verschiedenes und Grüße",
                browser.byId("agendaForm:agenda:7:pointTitle").getAttribute("value"));

        browser.click("review:publish");
        browser.byXpath("//button[contains(@class,'ui-confirmdialog-yes')]").click();
        browser.waitForText("The pack is published; its figures are frozen.");
        assertEquals("Pack published", browser.textOf("review:status"));

        browser.byId("minutesForm:points:0:notes").sendKeys("Die Lage hat sich verbessert.");
        browser.click("minutesForm:saveMinutes");
        browser.waitForText("The minutes are saved; the review is held.");
        assertEquals("Held", browser.textOf("review:status"));

        browser.byId("actionForm:text").sendKeys("Prüfplan an die Werkstätten schicken");
        browser.choose("actionForm:owner", "Dev Desk");
        browser.click("actionForm:addAction");
        browser.waitForText("The action is added to the follow-ups.");
        browser.waitForText("Prüfplan an die Werkstätten schicken");

        String href = browser.byId("review:packPdf").getAttribute("href");
        var cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href))
                                .header("Cookie", "JSESSIONID=" + cookie.getValue())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        String text = ReviewFixture.text(response.body());
        assertTrue(text.contains(unitName), text);
        assertTrue(text.contains("Verschiedenes und Grüße"), text);
        assertTrue(browser.driver().findElements(By.id("review:minutesPdf")).size() == 1, "minutes PDF offered");
    }
}
