package dev.gemba.it.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import dev.gemba.it.Api;
import dev.gemba.it.Browser;
import dev.gemba.it.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The respondent's journey on a phone: every demo survey answered in English and in German, every
 * question type (scores, multiple choice, free text) filled in, saved, resumed from the link and
 * submitted. Nothing is signed in; the invitation link is the credential.
 */
public class RespondentBrowserIT extends BrowserTest {

    RespondentBrowserIT() {
        super(false); // opens browsers of its own
    }

    @Test
    void theRelationshipSurveyInEnglish() {
        answerOnAPhoneSaveResumeAndSubmit("IT relationship survey", "en");
    }

    @Test
    void theRelationshipSurveyInGerman() {
        answerOnAPhoneSaveResumeAndSubmit("IT relationship survey", "de");
    }

    @Test
    void theTicketSurveyInEnglish() {
        answerOnAPhoneSaveResumeAndSubmit("Ticket satisfaction", "en");
    }

    @Test
    void theTicketSurveyInGerman() {
        answerOnAPhoneSaveResumeAndSubmit("Ticket satisfaction", "de");
    }

    /** Every question answered (scores, multiple choice, free text), saved, resumed from the link, submitted. */
    private static void answerOnAPhoneSaveResumeAndSubmit(String surveyName, String language) {
        JsonObject survey = demoSurvey(surveyName);
        Invitation invitation = invite(survey, language);
        boolean german = language.equals("de");
        try (var browser = new Browser(language)) {
            browser.phone();
            browser.open(invitation.path());
            browser.waitForText(german ? "Speichern und später fortsetzen" : "Save and continue later");
            assertFits(browser);

            List<JsonObject> questions = survey.getJsonArray("questions").getValuesAs(JsonObject.class);
            for (JsonObject q : questions) {
                answer(browser, q, german);
            }
            browser.assertAccessible(); // every question answered, follow-ups shown
            browser.click("survey:save");
            browser.waitForText(german ? "Gespeichert." : "Saved.");
            browser.keepPage("respond-saved-" + survey.getInt("id") + "-" + language);

            // the respondent comes back later with the same link: every answer is still there
            browser.open(invitation.path());
            browser.waitForText(german ? "Absenden" : "Submit");
            for (JsonObject q : questions) {
                assertAnswered(browser, q, german);
            }
            browser.click("survey:submit");
            browser.waitForText(german ? "Vielen Dank!" : "Thank you!");
            assertFits(browser);
            browser.assertAccessible();
            browser.keepPage("respond-submitted-" + survey.getInt("id") + "-" + language);
            assertEquals(List.of(), browser.consoleErrors());
        }
        assertEquals("ANSWERED", invitationStatus(invitation.ticket()));
    }

    @Test
    void aMultipleChoiceQuestionMayBeLeftEmptyAndAnswersChangedBeforeSubmitting() {
        JsonObject survey = demoSurvey("IT relationship survey");
        Invitation invitation = invite(survey, "en");
        try (var browser = new Browser()) {
            browser.phone();
            browser.open(invitation.path());
            pickScore(browser, "nps", "7");
            pickScore(browser, "csat", "3");
            // nothing ticked: saving and resuming works
            browser.click("survey:save");
            browser.waitForText("Saved.");
            browser.open(invitation.path());
            choice(browser, "areas", "Service desk").click();
            browser.click("survey:save");
            browser.waitForText("Saved.");
            browser.open(invitation.path());
            assertTrue(isTicked(browser, "areas", "Service desk"), "the ticked choice was saved");
            // changed their mind: no area after all
            choice(browser, "areas", "Service desk").click();
            browser.click("survey:submit");
            browser.waitForText("Thank you!");
        }
        assertEquals("ANSWERED", invitationStatus(invitation.ticket()));
    }

    private static void answer(Browser browser, JsonObject q, boolean german) {
        String code = q.getString("code");
        switch (q.getString("type")) {
            case "NPS" -> pickScore(browser, code, "9");
                // a low CSAT opens the conditional "what should we improve?" question of the ticket survey
            case "CSAT" -> pickScore(browser, code, "2");
            case "CES" -> pickScore(browser, code, "6");
            case "MULTIPLE_CHOICE" -> {
                List<String> choices = choices(q, german);
                choice(browser, code, choices.get(0)).click();
                choice(browser, code, choices.get(2)).click();
            }
            case "SINGLE_CHOICE" -> choice(browser, code, choices(q, german).get(1))
                    .click();
            case "FREE_TEXT" -> browser.byXpath(fieldset(code) + "//textarea")
                    .sendKeys(german ? "Antwort auf " + code + ": schneller zurückrufen" : "Answer to " + code);
            default -> throw new AssertionError("unknown question type " + q);
        }
    }

    private static void assertAnswered(Browser browser, JsonObject q, boolean german) {
        String code = q.getString("code");
        switch (q.getString("type")) {
            case "NPS" -> assertEquals("9", selectedScore(browser, code));
            case "CSAT" -> assertEquals("2", selectedScore(browser, code));
            case "CES" -> assertEquals("6", selectedScore(browser, code));
            case "MULTIPLE_CHOICE" -> {
                List<String> choices = choices(q, german);
                assertTrue(isTicked(browser, code, choices.get(0)), choices.get(0));
                assertFalse(isTicked(browser, code, choices.get(1)), choices.get(1));
                assertTrue(isTicked(browser, code, choices.get(2)), choices.get(2));
            }
            case "SINGLE_CHOICE" -> assertTrue(
                    isTicked(browser, code, choices(q, german).get(1)));
            case "FREE_TEXT" -> assertTrue(
                    browser.byXpath(fieldset(code) + "//textarea")
                            .getAttribute("value")
                            .endsWith(german ? "schneller zurückrufen" : "Answer to " + code),
                    code);
            default -> throw new AssertionError("unknown question type " + q);
        }
    }

    public static void pickScore(Browser browser, String code, String value) {
        browser.byXpath(scalePoint(code, value)).click();
        // the choice is sent at once (a conditional question may appear): wait for the answer
        browser.awaitAjax();
        assertEquals(value, selectedScore(browser, code));
    }

    /** The visible button of a point of a rating scale (a label around a native radio). */
    public static String scalePoint(String code, String value) {
        return fieldset(code) + "//label[span[@class='gemba-scale-number']='" + value + "']";
    }

    public static String selectedScore(Browser browser, String code) {
        return (String) browser.script(
                "var r = document.querySelector('fieldset[data-code=\"' + arguments[0]"
                        + " + '\"] input[type=radio]:checked'); return r ? r.value : null;",
                code);
    }

    private static org.openqa.selenium.WebElement choice(Browser browser, String code, String label) {
        return browser.byXpath(fieldset(code) + "//label[normalize-space(.)='" + label + "']");
    }

    private static boolean isTicked(Browser browser, String code, String label) {
        String input = choice(browser, code, label).getAttribute("for");
        return (Boolean) browser.script("return document.getElementById(arguments[0]).checked;", input);
    }

    private static List<String> choices(JsonObject q, boolean german) {
        return q.getJsonArray(german ? "choicesDe" : "choicesEn").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    private static String fieldset(String code) {
        return "//fieldset[@data-code='" + code + "']";
    }

    /** Nothing wider than the phone's screen: no sideways scrolling. */
    private static void assertFits(Browser browser) {
        long overflow = ((Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth;"))
                .longValue();
        assertTrue(overflow <= 0, "the page is " + overflow + " px wider than the phone");
    }

    public static JsonObject demoSurvey(String name) {
        return Api.as("admin").get("/api/v1/surveys").jsonValue().asJsonArray().stream()
                .map(v -> v.asJsonObject())
                .filter(s -> s.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no demo survey " + name));
    }

    public record Invitation(String ticket, String path) {}

    public static Invitation invite(JsonObject survey, String language) {
        String ticket = "INC-" + UUID.randomUUID();
        var invited = Api.as("integration")
                .post(
                        "/api/v1/survey-invitations",
                        SurveysRestIT.closureJson(
                                survey.getInt("id"),
                                ticket,
                                "respondent-" + UUID.randomUUID() + "@example.com",
                                language));
        assertEquals(201, invited.status(), invited::toString);
        String link = invited.json().getString("link");
        return new Invitation(ticket, link.substring(link.indexOf("/respond.xhtml")));
    }

    public static String invitationStatus(String ticket) {
        return Api.as("admin").get("/api/v1/survey-invitations?size=200").jsonValue().asJsonArray().stream()
                .map(v -> v.asJsonObject())
                .filter(i -> ticket.equals(i.getString("ticketRef", null)))
                .map(i -> i.getString("status"))
                .findFirst()
                .orElseThrow();
    }
}
