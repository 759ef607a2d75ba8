package dev.gemba.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.gemba.it.Api;
import dev.gemba.it.Browser;
import dev.gemba.it.BrowserTest;
import dev.gemba.it.survey.RespondentBrowserIT;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The survey page and the capture form with a keyboard alone and with a screen reader's view of
 * them (the browser's accessibility tree): a rating scale is one radio group, changed with the
 * arrow keys, whose points are named with their words; problems lead to their question.
 */
class KeyboardBrowserIT extends BrowserTest {

    KeyboardBrowserIT() {
        super(false);
    }

    @Test
    void aRespondentAnswersTheSurveyWithTheKeyboardAlone() {
        var invitation = RespondentBrowserIT.invite(RespondentBrowserIT.demoSurvey("Ticket satisfaction"), "en");
        try (var browser = new Browser()) {
            browser.open(invitation.path());
            browser.byId("survey:submit");
            browser.assertAccessible();

            // the language link, then the satisfaction scale: one stop for the whole scale
            press(browser, Keys.TAB);
            assertEquals("switchLanguage", focused(browser).getAttribute("id"));
            press(browser, Keys.TAB);
            assertEquals("scale-csat-1", focused(browser).getAttribute("id"));
            press(browser, Keys.ARROW_RIGHT);
            browser.awaitAjax();
            assertEquals("2", RespondentBrowserIT.selectedScore(browser, "csat"));
            assertEquals("scale-csat-2", focused(browser).getAttribute("id"), "the focus stays on the choice");

            // a low score brings in the follow-up question, and a screen reader is told
            browser.byXpath("//fieldset[@data-code='improve']//textarea");
            assertEquals(
                    "A further question appeared: Sorry to hear that. What should we improve?",
                    browser.byXpath("//*[@id='announcer']").getAttribute("textContent"));
            browser.assertAccessible();
            press(browser, Keys.ARROW_LEFT);
            browser.awaitAjax();
            assertEquals("1", RespondentBrowserIT.selectedScore(browser, "csat"));
            assertEquals("scale-csat-1", focused(browser).getAttribute("id"));

            // Tab leaves the scale at once: the follow-up question is next
            press(browser, Keys.TAB);
            assertEquals("textarea", focused(browser).getTagName());
            new Actions(browser.driver()).sendKeys("Call back sooner").perform();
            press(browser, Keys.TAB);
            assertEquals("scale-ces-1", focused(browser).getAttribute("id"));
            press(browser, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
            browser.awaitAjax();
            assertEquals("6", RespondentBrowserIT.selectedScore(browser, "ces"));
            press(browser, Keys.TAB);
            new Actions(browser.driver()).sendKeys("Thanks").perform();
            press(browser, Keys.TAB, Keys.TAB);
            assertEquals("survey:submit", focused(browser).getAttribute("id"));
            press(browser, Keys.ENTER);
            browser.byId("thanks");
            browser.assertAccessible();
        }
        assertEquals("ANSWERED", RespondentBrowserIT.invitationStatus(invitation.ticket()));
    }

    @Test
    void aMissingAnswerIsTiedToItsQuestionFocusedAndClearedOnceAnsweredInTheChosenLanguage() {
        var invitation = RespondentBrowserIT.invite(RespondentBrowserIT.demoSurvey("Ticket satisfaction"), "en");
        try (var browser = new Browser()) {
            // the respondent switches to German: the whole page follows
            browser.open(invitation.path());
            browser.click("switchLanguage");
            browser.waitForText("Absenden");
            assertEquals("de", browser.byXpath("/html").getAttribute("lang"));
            assertEquals("Zufriedenheit mit Ihrem Ticket", browser.textOf("surveyTitle"));
            assertEquals("Zufriedenheit mit Ihrem Ticket", browser.driver().getTitle());
            assertEquals("en", browser.byId("switchLanguage").getAttribute("lang"), "the link's own language");

            browser.byId("survey:submit").sendKeys(Keys.ENTER);
            browser.waitForText("bitte beantworten Sie diese Frage");
            browser.assertAccessible();
            WebElement first = focused(browser);
            assertEquals("scale-csat-1", first.getAttribute("id"), "the focus is on the question to answer");
            assertEquals("true", first.getAttribute("aria-invalid"));
            assertEquals("error-csat", first.getAttribute("aria-describedby"));
            assertTrue(browser.textOf("error-csat").contains("bitte beantworten Sie diese Frage"));
            // a screen reader says the problem with the radio: the description is the message
            assertTrue(((String) accessibleNode(browser, "1, sehr unzufrieden").get("description"))
                    .contains("bitte beantworten Sie diese Frage"));

            press(browser, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
            browser.awaitAjax();
            assertEquals("4", RespondentBrowserIT.selectedScore(browser, "csat"));
            assertEquals(
                    "",
                    browser.driver()
                            .findElement(org.openqa.selenium.By.id("error-csat"))
                            .getText(),
                    "the problem is gone");
            assertNull(browser.driver()
                    .findElement(org.openqa.selenium.By.id("scale-csat-4"))
                    .getAttribute("aria-invalid"));
        }
    }

    @Test
    void aRatingScaleIsOneRadioGroupWhosePointsAreNamedAndShowTheirCheckedState() {
        var invitation = RespondentBrowserIT.invite(RespondentBrowserIT.demoSurvey("Ticket satisfaction"), "en");
        try (var browser = new Browser()) {
            browser.phone();
            browser.open(invitation.path());
            browser.byId("survey:submit");
            RespondentBrowserIT.pickScore(browser, "csat", "4");

            List<Map<String, Object>> radios = accessibleNodes(browser).stream()
                    .filter(node -> "radio".equals(node.get("role")))
                    .toList();
            // the satisfaction scale (1-5) and the effort scale (1-7): each point once, not twice
            assertEquals(12, radios.size(), radios::toString);
            assertEquals(
                    List.of(
                            "1, very dissatisfied",
                            "2, dissatisfied",
                            "3, neither satisfied nor dissatisfied",
                            "4, satisfied",
                            "5, very satisfied",
                            "1, Strongly disagree",
                            "2",
                            "3",
                            "4",
                            "5",
                            "6",
                            "7, Strongly agree"),
                    radios.stream().map(node -> node.get("name")).toList());
            assertEquals(
                    List.of("false", "false", "false", "true", "false"),
                    radios.subList(0, 5).stream()
                            .map(node -> node.get("checked"))
                            .toList(),
                    "what is seen selected is checked");
            Map<String, Object> group = accessibleNodes(browser).stream()
                    .filter(node -> "group".equals(node.get("role")))
                    .filter(node -> String.valueOf(node.get("name")).startsWith("How satisfied are you"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no group named by the question"));
            assertTrue(String.valueOf(group.get("name")).contains("ticket was handled"), group::toString);
            // the comment boxes are named by their question
            assertTrue(
                    accessibleNodes(browser).stream()
                            .anyMatch(node -> "textbox".equals(node.get("role"))
                                    && "Anything else you would like to tell us?".equals(node.get("name"))),
                    "the comment box has its question as its name");
        }
    }

    @Test
    void aServiceDeskAgentCapturesFeedbackWithTwoNewTagsByKeyboard() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String first = "kbd" + marker;
        String second = "kbd" + marker + "x";
        try (var browser = new Browser()) {
            browser.signIn("desk", Api.DEMO_PASSWORD);
            browser.open("/feedback/capture.xhtml");
            browser.byId("capture:text");
            browser.assertAccessible();
            // the text box has the focus on arrival
            assertEquals("capture:text", focused(browser).getAttribute("id"));
            // dropdowns are named by their field, then their value: "Channel Phone", not "Phone"
            List<Object> menus = accessibleNodes(browser).stream()
                    .filter(node -> "combobox".equals(node.get("role")))
                    .map(node -> node.get("name"))
                    .toList();
            assertTrue(menus.contains("Channel Phone"), menus::toString);
            assertTrue(menus.contains("Support tier L1"), menus::toString);
            new Actions(browser.driver())
                    .sendKeys("The printer on floor 3 jams " + marker)
                    .perform();
            int tabs = 0;
            while (!"capture:tags_input".equals(focused(browser).getAttribute("id"))) {
                press(browser, Keys.TAB);
                assertTrue(++tabs < 20, "the tags field is reached with Tab");
            }
            // Enter in the still empty tag field does not send the form
            press(browser, Keys.ENTER);
            browser.awaitAjax();
            assertFalse(browser.pageSource().contains("Feedback saved"), "Enter in an empty tag field saved");
            new Actions(browser.driver()).sendKeys(first).sendKeys(Keys.ENTER).perform();
            // the second tag begins like the first: Enter takes what was typed, not a suggestion
            new Actions(browser.driver()).sendKeys(second).perform();
            browser.awaitAjax();
            press(browser, Keys.ENTER);
            assertEquals(List.of(first, second), browser.chips("capture:tags"));
            assertFalse(browser.pageSource().contains("Feedback saved"));

            while (!"capture:save".equals(focused(browser).getAttribute("id"))) {
                press(browser, Keys.TAB);
                assertTrue(++tabs < 40, "the save button is reached with Tab");
            }
            press(browser, Keys.ENTER);
            browser.waitForText("Feedback saved");
            browser.assertAccessible();
        }
        var found = Api.as("desk")
                .get("/api/v1/feedback?q=" + marker)
                .jsonValue()
                .toString()
                .toLowerCase(Locale.ROOT);
        assertTrue(found.contains("\"" + first + "\"") && found.contains("\"" + second + "\""), found);
    }

    private static void press(Browser browser, CharSequence... keys) {
        var actions = new Actions(browser.driver());
        for (CharSequence key : keys) {
            actions.sendKeys(key);
        }
        actions.perform();
    }

    private static WebElement focused(Browser browser) {
        return browser.driver().switchTo().activeElement();
    }

    /**
     * The browser's accessibility tree as a screen reader gets it: each node not ignored, with
     * its role, name, description and checked state.
     */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> accessibleNodes(Browser browser) {
        var chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Accessibility.enable", Map.of());
        var tree = chrome.executeCdpCommand("Accessibility.getFullAXTree", Map.of());
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (Map<String, Object> node : (List<Map<String, Object>>) tree.get("nodes")) {
            if (Boolean.TRUE.equals(node.get("ignored"))) {
                continue;
            }
            Map<String, Object> simple = new java.util.HashMap<>();
            simple.put("role", value(node.get("role")));
            simple.put("name", value(node.get("name")));
            simple.put("description", value(node.get("description")));
            for (Map<String, Object> property :
                    (List<Map<String, Object>>) node.getOrDefault("properties", List.of())) {
                simple.put(String.valueOf(property.get("name")), value(property.get("value")));
            }
            nodes.add(simple);
        }
        return nodes;
    }

    private static Map<String, Object> accessibleNode(Browser browser, String name) {
        return accessibleNodes(browser).stream()
                .filter(node -> name.equals(node.get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("nothing named " + name));
    }

    @SuppressWarnings("unchecked")
    private static Object value(Object axValue) {
        if (!(axValue instanceof Map)) {
            return null;
        }
        Object value = ((Map<String, Object>) axValue).get("value");
        return value == null ? null : String.valueOf(value);
    }
}
