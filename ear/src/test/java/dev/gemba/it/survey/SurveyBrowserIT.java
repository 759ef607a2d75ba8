package dev.gemba.it.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;

import dev.gemba.it.Api;
import dev.gemba.it.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * A respondent opens the invitation link (no sign-in), answers in German, the conditional
 * question appears for a low score, submits; the link then only thanks. Staff see the score and
 * the analysed comment.
 */
class SurveyBrowserIT extends BrowserTest {

    @Test
    void aRespondentAnswersInGermanAndStaffSeeTheScoreAndTheAnalysedComment() {
        Api rm = Api.as("rm");
        String name = "Browser survey " + UUID.randomUUID().toString().substring(0, 8);
        var created = rm.post("/api/v1/surveys", SurveysRestIT.surveyJson(name));
        assertEquals(201, created.status(), created::toString);
        long survey = created.json().getJsonNumber("id").longValue();
        String marker = "Drucker" + UUID.randomUUID().toString().substring(0, 6);
        var invitation = Api.as("integration")
                .post(
                        "/api/v1/survey-invitations",
                        SurveysRestIT.closureJson(
                                survey,
                                "INC-" + UUID.randomUUID(),
                                "browser-" + UUID.randomUUID() + "@example.com",
                                "de"));
        String link = invitation.json().getString("link");

        browser.open(link.substring(link.indexOf("/respond.xhtml")));
        browser.waitForText("Wie zufrieden sind Sie?");
        // a required question left open: the problem is written in the survey's language, not the browser's
        browser.click("survey:submit");
        browser.waitForText("bitte beantworten Sie diese Frage");
        browser.assertAccessible(); // the problem beside its question
        browser.byXpath(RespondentBrowserIT.scalePoint("csat", "2")).click();
        browser.waitForText("Was sollten wir verbessern?");
        browser.byXpath("//fieldset[@data-code='improve']//textarea")
                .sendKeys("Der " + marker
                        + " ist seit zwei Wochen kaputt und niemand hilft uns. Das ist sehr ärgerlich.");
        browser.click("survey:submit");
        browser.waitForText("Vielen Dank!");
        browser.keepPage("survey-answered");

        browser.open(link.substring(link.indexOf("/respond.xhtml")));
        browser.waitForText("Bereits beantwortet");

        browser.signIn("admin", Api.DEMO_PASSWORD);
        browser.open("/surveys/scores.xhtml");
        // by service (the default): the demo's answers without a service form a row of their own
        browser.waitForText("(not recorded)");
        browser.choose("scores:by", "Survey");
        browser.waitForText(name);
        String row =
                browser.byXpath("//tr[td[normalize-space(.)='" + name + "']]").getText();
        assertTrue(row.contains("(n=1)"), row);

        browser.open("/feedback/inbox.xhtml");
        browser.byId("inbox:text").sendKeys(marker);
        browser.repeatUntilText(() -> browser.click("inbox:apply"), "CSAT 2/5", Duration.ofSeconds(30));
        // the comment is analysed in the background: wait until a sentiment replaces "pending"
        String analysedRow = "//tr[contains(normalize-space(.), '" + marker + "')]"
                + "//span[contains(@class,'gemba-badge') and not(contains(@class,'gemba-none'))]";
        browser.repeatUntilPresent(() -> browser.click("inbox:apply"), analysedRow, Duration.ofSeconds(60));
        browser.keepPage("survey-comment-in-inbox");
        // the comment is stored as typed: the public page's form is read as UTF-8
        var stored = Api.as("desk").get("/api/v1/feedback?q=" + marker).json().getJsonArray("items");
        assertEquals(1, stored.size(), stored::toString);
        assertTrue(
                stored.getJsonObject(0).getString("text").endsWith("Das ist sehr ärgerlich."),
                stored.getJsonObject(0).getString("text"));
        // the survey label sits in the row (read from the page source: the table may be re-rendered meanwhile)
        assertTrue(browser.pageSource().contains("gemba-survey-label"), "the survey and score beside the comment");
    }
}
