package dev.gemba.review.control;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;

import dev.gemba.review.boundary.ReviewPack.Figure;
import dev.gemba.review.boundary.ReviewPack.MonthScores;
import dev.gemba.review.boundary.ReviewPack.SurveyFigures;
import dev.gemba.survey.boundary.Score;
import dev.gemba.survey.boundary.ScoreDimension;
import dev.gemba.survey.boundary.ScoreQuery;
import dev.gemba.survey.boundary.ScoreRow;
import dev.gemba.survey.boundary.SurveyScoreService;

/** The pack's survey section: scores in the period, and per month over the period and five months before. */
@Dependent
public class SurveyFiguresReader {

    static final int TREND_MONTHS_BEFORE = 5;

    @EJB
    SurveyScoreService scores;

    public SurveyFigures read(Long unitId, Long serviceId, Instant from, Instant to) {
        List<ScoreRow> period =
                scores.scores(new ScoreQuery(ScoreDimension.BUSINESS_UNIT, from, to, null, serviceId, unitId));
        Instant trendFrom = from.atOffset(ZoneOffset.UTC)
                .withDayOfMonth(1)
                .minusMonths(TREND_MONTHS_BEFORE)
                .toInstant();
        var trend = scores.scores(new ScoreQuery(ScoreDimension.MONTH, trendFrom, to, null, serviceId, unitId)).stream()
                .filter(r -> r.responses() > 0)
                .map(r -> new MonthScores(r.key(), r.responses(), figure(r.csat()), figure(r.nps()), figure(r.ces())))
                .toList();
        ScoreRow row = period.stream()
                .filter(r -> r.key().equals(String.valueOf(unitId)))
                .findFirst()
                .orElse(null);
        if (row == null) {
            return new SurveyFigures(0, Figure.NONE, Figure.NONE, Figure.NONE, trend);
        }
        return new SurveyFigures(row.responses(), figure(row.csat()), figure(row.nps()), figure(row.ces()), trend);
    }

    static Figure figure(Score s) {
        return s == null ? Figure.NONE : new Figure(s.n(), s.value(), s.low(), s.high());
    }
}
