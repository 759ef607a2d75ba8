package dev.gemba.it.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import dev.gemba.it.Api;
import dev.gemba.it.BrowserTest;
import dev.gemba.it.touchpoint.TouchpointFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * The service desk's journey: capture what a customer said with new tags from the keyboard, find
 * it in the inbox by its tag, read its context, correct its analysis, see it in the weekly
 * insights, and lose nothing when the session ends while typing.
 */
class ServiceDeskBrowserIT extends BrowserTest {

    @Override
    protected String keptPagePrefix() {
        return "desk-";
    }

    private final String marker = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theHomePageOffersCapture() {
        browser.signIn("desk", Api.DEMO_PASSWORD);
        browser.open("/index.xhtml");
        browser.byXpath("//main//a[contains(@href, '/feedback/capture.xhtml')]").click();
        browser.byId("capture:text");
    }

    @Test
    void newTagsBecomeChipsByEnterCommaAndTabAndCtrlEnterSavesFromTheText() {
        browser.signIn("desk", Api.DEMO_PASSWORD);
        browser.open("/feedback/capture.xhtml");
        browser.byId("capture:text").sendKeys("Printer jams again on the third floor " + marker);
        var tags = browser.byId("capture:tags_input");
        tags.sendKeys("vip-" + marker, Keys.ENTER);
        tags.sendKeys("reopened-" + marker + ",");
        tags.sendKeys("late-" + marker, Keys.TAB);
        assertEquals(
                List.of("vip-" + marker, "reopened-" + marker, "late-" + marker),
                browser.chips("capture:tags"),
                "each typed tag is a chip of its own");
        // a tag typed but not yet confirmed is kept as a tag of its own, not glued to another
        browser.byId("capture:tags_input").sendKeys("left-" + marker);
        browser.byId("capture:text").sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        browser.waitForText("Feedback saved");

        JsonObject saved = onlyItem(marker);
        assertEquals(
                Set.of("vip-" + marker, "reopened-" + marker, "late-" + marker, "left-" + marker),
                saved.getJsonArray("tags").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .collect(Collectors.toSet()));
        assertEquals(List.of(), browser.chips("capture:tags"), "the next capture starts without tags");
    }

    @Test
    void channelAndTierAreRememberedButBusinessUnitAndServicesStartEmptyForTheNextCustomer() {
        browser.signIn("desk", Api.DEMO_PASSWORD);
        browser.open("/feedback/capture.xhtml");
        browser.byId("capture:text").sendKeys("Month-end close is slow " + marker);
        browser.choose("capture:channel", "Email");
        browser.choose("capture:tier", "L2");
        browser.choose("capture:businessUnitId", "Finance");
        browser.tick("capture:serviceIds", "ERP");
        browser.click("capture:save");
        browser.waitForText("Feedback saved");

        JsonObject saved = onlyItem(marker);
        assertEquals("Finance", saved.getString("businessUnit"));
        assertEquals("ERP", saved.getJsonArray("services").getString(0));
        assertEquals("EMAIL", saved.getString("channel"));
        assertEquals("Email", browser.textOf("capture:channel_label"), "channel remembered");
        assertEquals("L2", browser.textOf("capture:tier_label"), "tier remembered");
        assertEquals("(none)", browser.textOf("capture:businessUnitId_label"), "no business unit carried over");
        assertEquals(List.of(), browser.chips("capture:serviceIds"), "no services carried over");
    }

    @Test
    void theInboxShowsAndFiltersTagsTheDetailShowsTheContextAndACorrectionSaysWhoAndWhen() throws Exception {
        var catalog = new TouchpointFixture();
        long finance = catalog.existingBusinessUnit("Finance");
        long erp = catalog.existingService("ERP");
        String body = Json.createObjectBuilder()
                .add("channel", "EMAIL")
                .add("text", "The invoice run failed again and nobody told us " + marker)
                .add("contactName", "Fiona Finance")
                .add("ticketRef", "INC-" + marker)
                .add("businessUnitId", finance)
                .add("serviceIds", Json.createArrayBuilder().add(erp))
                .add("tier", "L2")
                .add("tags", Json.createArrayBuilder().add("month-end-" + marker))
                .build()
                .toString();
        var created = Api.as("integration").post("/api/v1/feedback", body);
        assertEquals(201, created.status(), created::toString);
        FeedbackRestIT.awaitAnalysis(
                Api.as("desk"), created.json().getJsonNumber("id").longValue());

        browser.signIn("desk", Api.DEMO_PASSWORD);
        browser.open("/feedback/inbox.xhtml");
        browser.byId("inbox:tag_input").sendKeys("month-end-" + marker);
        browser.click("inbox:apply");
        browser.waitForText("nobody told us " + marker);
        assertEquals(1, browser.pageSource().split("nobody told us " + marker, -1).length - 1, "only the tagged item");
        String row = browser.byXpath("//tr[contains(., 'nobody told us " + marker + "')]")
                .getText();
        assertTrue(row.contains("month-end-" + marker), "the row shows its tags: " + row);

        browser.click("inbox:table:0:open");
        String context = browser.textOf("detail:context");
        for (String expected :
                List.of("Email", "Fiona Finance", "INC-" + marker, "Finance", "ERP", "L2", "month-end-" + marker)) {
            assertTrue(context.contains(expected), expected + " in " + context);
        }
        String model = browser.textOf("detail:modelSentiment") + " " + browser.textOf("detail:modelInfo");
        assertFalse(model.matches("(?s).*\\bs=[bcx][0-9a-f]+.*"), "no model digests for the reader: " + model);
        assertTrue(model.contains("built-in"), model);

        browser.choose("detail:sentiment", "Positive");
        browser.click("detail:saveCorrection");
        browser.waitForText("Correction saved");
        String correctedBy = browser.textOf("detail:correctedBy");
        assertTrue(correctedBy.contains("desk"), correctedBy);
        assertTrue(
                correctedBy.contains(LocalDate.now(ZoneOffset.UTC).toString())
                        || correctedBy.contains(LocalDate.now().toString()),
                "when: " + correctedBy);
    }

    @Test
    void weeklyInsightsShowTheWeeksWithoutFeedback() throws Exception {
        var catalog = new TouchpointFixture();
        long service = catalog.service("Weekly svc " + marker);
        String serviceName =
                Api.as("viewer").get("/api/v1/services/" + service).json().getString("name");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int weeksAgo : List.of(4, 1)) {
            String body = Json.createObjectBuilder()
                    .add("receivedAt", today.minusWeeks(weeksAgo) + "T10:00:00Z")
                    .add("channel", "PHONE")
                    .add("text", "The VPN drops every morning " + marker + " " + weeksAgo)
                    .add("serviceIds", Json.createArrayBuilder().add(service))
                    .build()
                    .toString();
            var created = Api.as("desk").post("/api/v1/feedback", body);
            assertEquals(201, created.status(), created::toString);
            FeedbackRestIT.awaitAnalysis(
                    Api.as("desk"), created.json().getJsonNumber("id").longValue());
        }

        browser.signIn("desk", Api.DEMO_PASSWORD);
        browser.open("/feedback/insights.xhtml");
        browser.choose("insights:serviceId", serviceName);
        browser.choose("insights:granularity", "Week");
        browser.click("insights:show");
        browser.byXpath("//*[@id='insights:analysedCount'][starts-with(normalize-space(.), '2 ')]");
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>)
                browser.script("return PrimeFaces.getWidgetById('insights:sentimentChart').chart.data.labels;");
        @SuppressWarnings("unchecked")
        List<Object> totals = (List<Object>) browser.script("var d = PrimeFaces.getWidgetById("
                + "'insights:sentimentChart').chart.data.datasets; return d[0].data.map(function (v, i) {"
                + " return d.reduce(function (sum, set) { return sum + set.data[i]; }, 0); });");
        for (int i = 1; i < labels.size(); i++) {
            assertEquals(
                    LocalDate.parse(labels.get(i - 1)).plusWeeks(1),
                    LocalDate.parse(labels.get(i)),
                    "one bar per week, empty ones included: " + labels);
        }
        assertEquals(
                2, totals.stream().filter(t -> ((Number) t).longValue() > 0).count(), totals::toString);
        assertTrue(labels.size() >= 4, labels::toString);
    }

    @Test
    void aChoiceClickedWhileTheMenuIsStillOpeningCounts() {
        browser.signIn("desk", Api.DEMO_PASSWORD);
        browser.open("/feedback/capture.xhtml");
        browser.byId("capture:tier");
        browser.consoleErrors();
        // open and click in one go, before the panel has finished fading in (a quick user)
        browser.script("var menu = PrimeFaces.getWidgetById('capture:tier'); menu.show();"
                + " var panels = document.querySelectorAll('[id=\"capture:tier_panel\"]');"
                + " panels[panels.length - 1].querySelector('li[data-label=\"L2\"]').click();");
        assertEquals("L2", browser.textOf("capture:tier_label"));
        assertEquals(List.of(), browser.consoleErrors(), "no script error");
    }

    @Test
    void anEndedSessionSendsTheUserToSignInAndKeepsWhatTheyTyped() {
        String text = "A long complaint about the ERP outage, typed while the session ended " + marker;
        browser.signIn("desk", Api.DEMO_PASSWORD);
        browser.open("/feedback/capture.xhtml");
        browser.byId("capture:text").sendKeys(text);
        browser.choose("capture:tier", "L3");
        browser.byId("capture:tags_input").sendKeys("outage-" + marker, Keys.ENTER);
        // the user sees the chip (and the autocomplete's query has answered) before the session ends
        browser.awaitAjax();
        assertEquals(List.of("outage-" + marker), browser.chips("capture:tags"));
        browser.loseSession();
        browser.click("capture:save");

        browser.waitForUrl("/login.xhtml");
        browser.waitForText("Your session has ended");
        assertEquals(List.of(), browser.consoleErrors(), "no script error on the way");
        browser.byId("login:username").sendKeys("desk");
        browser.byId("login:password").sendKeys(Api.DEMO_PASSWORD);
        browser.click("login:submit");

        browser.waitForUrl("/feedback/capture.xhtml");
        browser.waitForText("has been restored");
        browser.keepPage("desk-draft-restored");
        assertEquals(text, browser.byId("capture:text").getAttribute("value"));
        assertEquals("L3", browser.textOf("capture:tier_label"));
        assertEquals(List.of("outage-" + marker), browser.chips("capture:tags"));
        assertEquals(
                0, Api.as("desk").get("/api/v1/feedback?q=" + marker).json().getInt("total"), "not saved yet");
        browser.click("capture:save");
        browser.waitForText("Feedback saved");
        JsonObject saved = onlyItem(marker);
        assertEquals(text, saved.getString("text"));
        assertEquals("L3", saved.getString("tier"));

        // saved: the draft is gone, a reload shows an empty form
        browser.open("/feedback/capture.xhtml");
        browser.byId("capture:text");
        assertEquals("", browser.byId("capture:text").getAttribute("value"));
    }

    private JsonObject onlyItem(String text) {
        var found = Api.as("desk").get("/api/v1/feedback?q=" + text).json();
        assertEquals(1, found.getInt("total"), found::toString);
        return found.getJsonArray("items").getJsonObject(0);
    }
}
