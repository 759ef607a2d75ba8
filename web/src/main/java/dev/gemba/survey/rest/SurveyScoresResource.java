package dev.gemba.survey.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import dev.gemba.platform.rest.QueryValues;
import dev.gemba.security.entity.Role;
import dev.gemba.survey.boundary.ScoreDimension;
import dev.gemba.survey.boundary.ScoreQuery;
import dev.gemba.survey.boundary.ScoreRow;
import dev.gemba.survey.boundary.SurveyScoreService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** CSAT, NPS, CES and response rates with counts and 95% confidence intervals. */
@Path("survey-scores")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys")
@RolesAllowed(Role.PERSON_NAME)
public class SurveyScoresResource {

    @EJB
    SurveyScoreService scores;

    @GET
    @Operation(summary = "Scores by SURVEY (default), SERVICE, BUSINESS_UNIT, TIER, PHASE or MONTH")
    public List<ScoreRow> scores(
            @QueryParam("by") String by,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("surveyId") Long surveyId,
            @QueryParam("serviceId") Long serviceId,
            @QueryParam("businessUnitId") Long businessUnitId) {
        return scores.scores(new ScoreQuery(
                QueryValues.enumValue("by", by, ScoreDimension.class),
                QueryValues.instant("from", from),
                QueryValues.instant("to", to),
                surveyId,
                serviceId,
                businessUnitId));
    }
}
