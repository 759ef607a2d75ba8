package dev.gemba.it.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import dev.gemba.it.Api;
import dev.gemba.it.Deployments;
import dev.gemba.it.touchpoint.TouchpointFixture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Insight views over REST for one business unit's feedback in early 2025: sentiment per month
 * counts corrections over the model's labels; topic volumes and negative shares match the items.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InsightsIT {

    private final Api desk = Api.as("desk");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.gemba();
    }

    @Test
    void sentimentPerMonthAndTopicsMatchTheItems() throws Exception {
        long unit = new TouchpointFixture().businessUnit("Insight unit");
        String[][] items = {
            {"2025-01-10T09:00:00Z", "The VPN drops every morning and nobody calls back.", "NEGATIVE"},
            {"2025-01-20T09:00:00Z", "Thanks for fixing my laptop so quickly, great service.", "POSITIVE"},
            {"2025-02-05T09:00:00Z", "Password reset took three days, the VPN was down again.", "NEGATIVE"},
            {"2025-02-25T09:00:00Z", "Outlook crashes whenever I open a shared calendar.", "NEGATIVE"}
        };
        Map<String, long[]> expectedTopics = new HashMap<>();
        for (String[] item : items) {
            String body = Json.createObjectBuilder()
                    .add("receivedAt", item[0])
                    .add("channel", "EMAIL")
                    .add("text", item[1] + " " + UUID.randomUUID())
                    .add("businessUnitId", unit)
                    .build()
                    .toString();
            var created = desk.post("/api/v1/feedback", body);
            assertEquals(201, created.status(), created::toString);
            JsonObject analysed = FeedbackRestIT.awaitAnalysis(
                    desk, created.json().getJsonNumber("id").longValue());
            var corrected = desk.put(
                    "/api/v1/feedback/" + analysed.getInt("id") + "/correction",
                    "{\"sentiment\":\"" + item[2] + "\",\"version\":" + analysed.getJsonNumber("version") + "}");
            assertEquals(200, corrected.status(), corrected::toString);
            for (JsonValue topic : analysed.getJsonArray("topics")) {
                long[] counts = expectedTopics.computeIfAbsent(((JsonString) topic).getString(), t -> new long[2]);
                counts[0]++;
                counts[1] += item[2].equals("NEGATIVE") ? 1 : 0;
            }
        }

        JsonObject insights = desk.get("/api/v1/insights?businessUnitId=" + unit
                        + "&from=2025-01-01T00:00:00Z&to=2025-03-01T00:00:00Z&granularity=MONTH")
                .json();
        assertEquals(4, insights.getInt("analysed"));
        var months = insights.getJsonArray("sentimentOverTime");
        assertEquals(2, months.size());
        assertBucket(months.getJsonObject(0), "2025-01", 1, 0, 1);
        assertBucket(months.getJsonObject(1), "2025-02", 2, 0, 0);

        var topics = insights.getJsonArray("topTopics");
        assertEquals(Math.min(8, expectedTopics.size()), topics.size());
        for (JsonValue value : topics) {
            JsonObject topic = value.asJsonObject();
            long[] expected = expectedTopics.get(topic.getString("topic"));
            assertEquals(expected[0], topic.getJsonNumber("count").longValue(), topic::toString);
            assertEquals(expected[1], topic.getJsonNumber("negative").longValue(), topic::toString);
            assertTrue(topic.getJsonArray("verbatims").size() >= 1, "each topic quotes its customers");
        }
        List<Long> volumes = topics.stream()
                .map(t -> t.asJsonObject().getJsonNumber("count").longValue())
                .toList();
        assertEquals(
                volumes.stream().sorted(java.util.Comparator.reverseOrder()).toList(), volumes, "by volume");

        assertEquals(
                "granularity",
                desk.get("/api/v1/insights?granularity=DAY")
                        .json()
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("field"));
        assertEquals(403, Api.as("integration").get("/api/v1/insights").status());
    }

    @Test
    void aCommentSentManyTimesIsQuotedOnce() throws Exception {
        long unit = new TouchpointFixture().businessUnit("Verbatim unit");
        String repeated = "The VPN drops every morning, please fix it.";
        for (String text : List.of(
                repeated,
                repeated,
                "  the VPN  drops every morning, please fix it. ",
                repeated,
                "The VPN is slow since the last update.")) {
            String body = Json.createObjectBuilder()
                    .add("receivedAt", "2025-05-10T09:00:00Z")
                    .add("channel", "EMAIL")
                    .add("text", text)
                    .add("businessUnitId", unit)
                    .build()
                    .toString();
            var created = desk.post("/api/v1/feedback", body);
            assertEquals(201, created.status(), created::toString);
            FeedbackRestIT.awaitAnalysis(
                    desk, created.json().getJsonNumber("id").longValue());
        }
        JsonObject network = desk
                .get("/api/v1/insights?businessUnitId=" + unit + "&from=2025-05-01T00:00:00Z&to=2025-06-01T00:00:00Z")
                .json()
                .getJsonArray("topTopics")
                .stream()
                .map(JsonValue::asJsonObject)
                .filter(t -> t.getString("topic").equals("network-connectivity"))
                .findFirst()
                .orElseThrow();
        assertEquals(5, network.getJsonNumber("count").longValue(), network::toString);
        List<String> quoted = network.getJsonArray("verbatims").stream()
                .map(v -> v.asJsonObject().getString("text"))
                .toList();
        assertEquals(2, quoted.size(), "the repeated comment once, the other one once: " + quoted);
        assertTrue(quoted.contains("The VPN is slow since the last update."), quoted::toString);
    }

    @Test
    void weeksWithoutFeedbackAreEmptyBucketsNotLeftOut() throws Exception {
        long unit = new TouchpointFixture().businessUnit("Empty weeks unit");
        for (String at : List.of("2025-03-04T09:00:00Z", "2025-03-25T09:00:00Z")) {
            String body = Json.createObjectBuilder()
                    .add("receivedAt", at)
                    .add("channel", "EMAIL")
                    .add("text", "The VPN drops every morning. " + UUID.randomUUID())
                    .add("businessUnitId", unit)
                    .build()
                    .toString();
            var created = desk.post("/api/v1/feedback", body);
            assertEquals(201, created.status(), created::toString);
            FeedbackRestIT.awaitAnalysis(
                    desk, created.json().getJsonNumber("id").longValue());
        }
        var weeks = desk.get("/api/v1/insights?businessUnitId=" + unit
                        + "&from=2025-03-03T00:00:00Z&to=2025-03-31T00:00:00Z&granularity=WEEK")
                .json()
                .getJsonArray("sentimentOverTime")
                .getValuesAs(JsonObject.class);
        assertEquals(
                List.of("2025-03-03", "2025-03-10", "2025-03-17", "2025-03-24"),
                weeks.stream().map(w -> w.getString("start").substring(0, 10)).toList(),
                "every week of the period, Monday to Monday");
        assertEquals(
                List.of(1L, 0L, 0L, 1L), weeks.stream().map(InsightsIT::total).toList());
    }

    private static long total(JsonObject bucket) {
        return bucket.getJsonNumber("negative").longValue()
                + bucket.getJsonNumber("neutral").longValue()
                + bucket.getJsonNumber("positive").longValue()
                + bucket.getJsonNumber("mixed").longValue();
    }

    private static void assertBucket(JsonObject bucket, String month, long negative, long neutral, long positive) {
        assertTrue(bucket.getString("start").startsWith(month), bucket::toString);
        assertEquals(negative, bucket.getJsonNumber("negative").longValue(), bucket::toString);
        assertEquals(neutral, bucket.getJsonNumber("neutral").longValue(), bucket::toString);
        assertEquals(positive, bucket.getJsonNumber("positive").longValue(), bucket::toString);
    }
}
