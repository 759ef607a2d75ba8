package dev.gemba.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import dev.gemba.it.Api;
import dev.gemba.it.Browser;
import dev.gemba.it.BrowserTest;
import dev.gemba.it.survey.SurveysRestIT;
import org.junit.jupiter.api.Test;

/**
 * German pages speak German beyond their labels: the seeded lifecycle vocabulary and survey
 * titles in German, every date in one German format (and one English one on English pages), and
 * the respondent's page with its language switch on a line of its own. The REST API stays English.
 */
class LanguageBrowserIT extends BrowserTest {

    LanguageBrowserIT() {
        super(false); // opens browsers of its own
    }

    private static final String GERMAN_DATE_TIME = "\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}";
    private static final String ISO_DATE = "\\d{4}-\\d{2}-\\d{2}";

    @Test
    void aGermanRespondentSeesTheGermanTitleAndTheLanguageSwitchOnItsOwnLine() {
        JsonObject survey = Api.as("rm").get("/api/v1/surveys").jsonValue().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(s -> s.getString("name").equals("IT relationship survey"))
                .findFirst()
                .orElseThrow();
        String germanTitle = survey.getString("nameDe", "");
        assertFalse(germanTitle.isBlank(), "the demo survey has a German title: " + survey);
        var invitation = Api.as("integration")
                .post(
                        "/api/v1/survey-invitations",
                        SurveysRestIT.closureJson(
                                survey.getJsonNumber("id").longValue(),
                                "INC-" + UUID.randomUUID(),
                                "title-" + UUID.randomUUID() + "@example.com",
                                "de"));
        assertEquals(201, invitation.status(), invitation::toString);
        String link = invitation.json().getString("link");

        try (var browser = new Browser("de")) {
            browser.open(link.substring(link.indexOf("/respond.xhtml")));
            assertEquals(germanTitle, browser.textOf("surveyTitle"));
            var sentence = browser.box("//*[contains(text(), 'anonym gespeichert')]");
            var languageSwitch = browser.box("//*[@id='switchLanguage']");
            assertEquals("English", browser.byId("switchLanguage").getText());
            assertTrue(
                    languageSwitch.getY() >= sentence.getY() + sentence.getHeight()
                            || languageSwitch.getY() + languageSwitch.getHeight() <= sentence.getY(),
                    "the language switch shares a line with the anonymity sentence");
            browser.keepPage("respond-german-title");
            browser.click("switchLanguage");
            browser.waitForText("IT relationship survey");
        }
    }

    @Test
    void germanTouchpointPagesShowTheSeededVocabularyInGermanAndTheApiStaysEnglish() {
        Map<String, String> german = germanNames("/api/v1/touchpoint-types?phase=OPERATION");
        assertTrue(german.containsKey("Support contacts"), "the API names the seeded types in English");
        String supportContacts = german.get("Support contacts");
        assertFalse(supportContacts.isBlank() || supportContacts.equals("Support contacts"), supportContacts);
        Map<String, String> information = germanNames("/api/v1/information-items?phase=OPERATION");
        String measures = information.get("Measures and metrics");

        try (var browser = new Browser("de")) {
            browser.signIn("rm", Api.DEMO_PASSWORD);
            browser.open("/touchpoints/entry.xhtml?phase=OPERATION");
            List<String> types = browser.allByXpath("//*[@id='entry:typeId_input']/option").stream()
                    .map(o -> o.getAttribute("textContent").strip())
                    .toList();
            assertTrue(types.contains(supportContacts), types::toString);
            assertFalse(types.contains("Support contacts"), types::toString);
            String checklist =
                    browser.byXpath("//*[@id='entry:informationItemIds']").getText();
            assertTrue(checklist.contains(measures) && !checklist.contains("Measures and metrics"), checklist);

            browser.open("/touchpoints/list.xhtml");
            String firstRow = "//*[@id='touchpoints:table_data']/tr[1]";
            String when = browser.byXpath(firstRow + "/td[1]").getText();
            assertTrue(when.matches(GERMAN_DATE_TIME), when);
            // no seeded type that has a German name is shown by its English one
            Map<String, String> allTypes = new HashMap<>();
            for (String phase : List.of("STRATEGY", "DESIGN", "TRANSITION", "OPERATION", "CSI")) {
                allTypes.putAll(germanNames("/api/v1/touchpoint-types?phase=" + phase));
            }
            List<String> shown = browser.allByXpath("//*[@id='touchpoints:table_data']/tr/td[3]").stream()
                    .map(cell -> cell.getText().strip())
                    .toList();
            assertTrue(shown.stream().anyMatch(type -> !allTypes.containsKey(type)), shown::toString);
            assertTrue(
                    shown.stream()
                            .noneMatch(type -> allTypes.containsKey(type)
                                    && !allTypes.get(type).isBlank()
                                    && !allTypes.get(type).equals(type)),
                    shown::toString);
            browser.keepPage("touchpoints-german");
        }
    }

    @Test
    void datesHaveOneFormatPerLanguage() {
        try (var browser = new Browser("en")) {
            browser.signIn("viewer", Api.DEMO_PASSWORD);
            browser.open("/surveys/scores.xhtml");
            String from = browser.byId("scores:from_input").getAttribute("value");
            assertTrue(from.matches(ISO_DATE), from);
        }
        try (var browser = new Browser("de")) {
            browser.signIn("viewer", Api.DEMO_PASSWORD);
            browser.open("/surveys/scores.xhtml");
            String from = browser.byId("scores:from_input").getAttribute("value");
            assertTrue(from.matches("\\d{2}\\.\\d{2}\\.\\d{4}"), from);
        }
    }

    @Test
    void skipReasonsShowTheirTimesFormattedInTheReadersLanguage() {
        long survey = SurveysRestIT.createSurvey(Api.as("rm"));
        String person = "twice-" + UUID.randomUUID() + "@example.com";
        Api integration = Api.as("integration");
        var first = integration.post(
                "/api/v1/survey-invitations",
                SurveysRestIT.closureJson(survey, "INC-" + UUID.randomUUID(), person, "en"));
        assertEquals(201, first.status(), first::toString);
        var second = integration.post(
                "/api/v1/survey-invitations",
                SurveysRestIT.closureJson(survey, "INC-" + UUID.randomUUID(), person, "en"));
        assertEquals("MIN_DAYS_BETWEEN", second.json().getString("skipReason"), second::toString);
        String detail = second.json().getString("skipDetail");
        assertFalse(detail.matches(".*\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*"), "a raw timestamp: " + detail);
        assertTrue(detail.matches(".*" + ISO_DATE + " \\d{2}:\\d{2}.*"), detail);

        try (var browser = new Browser("de")) {
            browser.signIn("admin", Api.DEMO_PASSWORD);
            browser.open("/admin/survey-policy.xhtml");
            String row = browser.byXpath(
                            "//tr[td[normalize-space(.)='" + person + "']][.//small[normalize-space(.)!='']]")
                    .getText();
            assertTrue(row.matches("(?s).*" + GERMAN_DATE_TIME + ".*"), row);
            assertFalse(row.contains("last invited"), row);
            browser.keepPage("skip-reason-german");
        }
    }

    /** English name to German name of each entry the API lists. */
    private static Map<String, String> germanNames(String path) {
        Map<String, String> names = new HashMap<>();
        Api.as("admin").get(path).jsonValue().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .forEach(o -> {
                    assertNotEquals(JsonValue.ValueType.NULL, o.get("name").getValueType());
                    names.put(o.getString("name"), o.getString("nameDe", ""));
                });
        return names;
    }
}
