package dev.gemba.it.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import dev.gemba.it.Api;
import dev.gemba.it.Deployments;
import dev.gemba.it.survey.SurveysRestIT;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Responses exported from another survey tool import as a kind of the import capability
 * ({@code kind=survey-responses}): bad rows are reported with row and column, good rows are kept
 * and scored, comments reach the inbox, and importing the same file again adds nothing. The
 * feedback address of earlier versions still takes them with a surveyId.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SurveyImportIT {

    private final Api admin = Api.as("admin");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.gemba();
    }

    @Test
    void goodRowsAreKeptBadRowsReportedAndARerunAddsNothing() throws Exception {
        long survey = SurveysRestIT.createSurvey(Api.as("rm"));
        String run = UUID.randomUUID().toString().substring(0, 8);
        String file = String.join(
                "\n",
                List.of(
                        "Response ID,Submitted,Service,Score,Why,Notes",
                        "r1-" + run + ",2026-10-01,ERP,5,,Quick and friendly help " + run,
                        "r2-" + run + ",2026-10-02 09:30,CRM,4,,",
                        "r3-" + run + ",2026-10-03,ERP,1,Nobody called back about the outage " + run + ",",
                        "r4-" + run + ",2026-10-04,ERP,9,,",
                        "r5-" + run + ",2026-10-05,Typewriters,3,,",
                        "r6-" + run + ",2026-10-06,ERP,2,,"));
        String mapping = "&map.externalId=Response%20ID&map.submittedAt=Submitted&map.service=Service"
                + "&map.answer.csat=Score&map.answer.improve=Why&map.answer.comment=Notes";

        JsonObject first = importAndWait(file, survey, mapping);
        assertEquals("COMPLETED", first.getString("status"), first::toString);
        assertEquals(3, first.getInt("rowsImported"));
        assertEquals(3, first.getInt("rowsFailed"));
        var errors = admin.get("/api/v1/imports/" + first.getInt("id") + "/errors")
                .json()
                .getJsonArray("items");
        assertEquals(
                List.of(5L, 6L, 7L),
                errors.stream()
                        .map(e -> e.asJsonObject().getJsonNumber("row").longValue())
                        .toList());
        assertEquals("Score", errors.getJsonObject(0).getString("column")); // 9 is outside 1–5
        assertEquals("Service", errors.getJsonObject(1).getString("column")); // unknown service
        assertEquals("Why", errors.getJsonObject(2).getString("column")); // CSAT 2 asks what to improve

        var scores = admin.get("/api/v1/survey-scores?by=SURVEY&surveyId=" + survey)
                .jsonValue()
                .asJsonArray();
        JsonObject row = scores.getJsonObject(0);
        assertEquals(3, row.getInt("responses"));
        assertEquals(66.66, row.getJsonObject("csat").getJsonNumber("value").doubleValue(), 0.01);

        var inbox = admin.get("/api/v1/feedback?q=" + run).json().getJsonArray("items");
        assertEquals(2, inbox.size(), "the two comments, analysed like any feedback");
        assertTrue(inbox.getJsonObject(0).getString("surveyLabel").contains("CSAT"));

        JsonObject again = importAndWait(file, survey, mapping);
        assertEquals(0, again.getInt("rowsImported"));
        assertEquals(3, again.getInt("rowsDuplicate"));
        assertEquals(
                3,
                admin.get("/api/v1/survey-scores?by=SURVEY&surveyId=" + survey)
                        .jsonValue()
                        .asJsonArray()
                        .getJsonObject(0)
                        .getInt("responses"));
    }

    @Test
    void aMappingToAnUnknownQuestionNamesIt() {
        long survey = SurveysRestIT.createSurvey(Api.as("rm"));
        var reply = admin.upload(
                "/api/v1/imports?kind=survey-responses&format=CSV&surveyId=" + survey
                        + "&map.externalId=id&map.answer.mood=Score",
                "id,Score\n1,5",
                "text/csv");
        assertEquals(400, reply.status(), reply::toString);
        assertEquals(
                "map.answer.mood",
                reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        var noId = admin.upload(
                "/api/v1/imports?kind=survey-responses&format=CSV&surveyId=" + survey + "&map.answer.csat=Score",
                "id,Score\n1,5",
                "text/csv");
        assertEquals(
                "map.externalId",
                noId.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        var noSurvey = admin.upload(
                "/api/v1/imports?kind=survey-responses&format=CSV&map.externalId=id", "id,Score\n1,5", "text/csv");
        assertEquals(400, noSurvey.status(), noSurvey::toString);
        assertEquals(
                "surveyId",
                noSurvey.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void thePreviewSuggestsColumnsForTheSurveysQuestions() {
        long survey = SurveysRestIT.createSurvey(Api.as("rm"));
        var preview = admin.upload(
                "/api/v1/imports/preview?kind=survey-responses&surveyId=" + survey,
                "Response ID,Submitted,CSAT,Comment\n1,2026-10-01,5,fine\n",
                "text/csv");
        assertEquals(200, preview.status(), preview::toString);
        var suggested = preview.json().getJsonObject("suggestedMapping");
        assertEquals("Response ID", suggested.getString("externalId"), suggested::toString);
        assertEquals("Submitted", suggested.getString("submittedAt"), suggested::toString);
        assertEquals("CSAT", suggested.getString("answer.csat"), suggested::toString);
        assertEquals(
                204,
                admin.delete("/api/v1/imports/preview/" + preview.json().getString("token"))
                        .status());
    }

    @Test
    void theFeedbackAddressOfEarlierVersionsImportsResponsesGivenASurvey() throws Exception {
        long survey = SurveysRestIT.createSurvey(Api.as("rm"));
        String run = UUID.randomUUID().toString().substring(0, 8);
        var started = admin.upload(
                "/api/v1/feedback/imports?format=CSV&fileName=old.csv&surveyId=" + survey
                        + "&map.externalId=id&map.answer.csat=Score",
                "id,Score\nold-" + run + ",5\n",
                "text/csv");
        assertEquals(202, started.status(), started::toString);
        assertEquals("survey-responses", started.json().getString("kind"));
        JsonObject done = waitFor(started.json().getInt("id"));
        assertEquals(1, done.getInt("rowsImported"), done::toString);
    }

    private JsonObject importAndWait(String file, long survey, String mapping) throws InterruptedException {
        var started = admin.upload(
                "/api/v1/imports?kind=survey-responses&format=CSV&fileName=responses.csv&surveyId=" + survey + mapping,
                file,
                "text/csv");
        assertEquals(202, started.status(), started::toString);
        return waitFor(started.json().getInt("id"));
    }

    private JsonObject waitFor(int id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonObject status = admin.get("/api/v1/imports/" + id).json();
            if (!List.of("RUNNING", "QUEUED").contains(status.getString("status"))) {
                return status;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("import " + id + " did not finish in 60 s");
    }
}
