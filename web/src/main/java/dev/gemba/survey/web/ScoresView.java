package dev.gemba.survey.web;

import static dev.gemba.platform.control.JsonProviders.JSON;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import dev.gemba.platform.boundary.DisplayTime;
import dev.gemba.platform.web.DisplayZone;
import dev.gemba.platform.web.Messages;
import dev.gemba.survey.boundary.Score;
import dev.gemba.survey.boundary.ScoreDimension;
import dev.gemba.survey.boundary.ScoreQuery;
import dev.gemba.survey.boundary.ScoreRow;
import dev.gemba.survey.boundary.SurveyDetails;
import dev.gemba.survey.boundary.SurveyScoreService;
import dev.gemba.survey.boundary.SurveyService;

/**
 * Backs surveys/scores.xhtml: scores cut by one dimension with counts and confidence intervals,
 * and the trend by month as a chart. Each row offers a new finding, drafted from the row's figures.
 */
@Named
@ViewScoped
public class ScoresView implements Serializable {

    @EJB
    SurveyScoreService scores;

    @EJB
    SurveyService surveys;

    @Inject
    Messages messages;

    @Inject
    DisplayZone displayZone;

    private ScoreDimension by = ScoreDimension.SERVICE;
    private Long surveyId;
    private LocalDate from = DisplayTime.today().minusMonths(12).withDayOfMonth(1);
    private LocalDate to;
    private List<ScoreRow> rows;
    private List<ScoreRow> trend;
    private String chart;
    private List<SurveyDetails> surveyChoices;

    @PostConstruct
    void init() {
        surveyChoices = surveys.list();
        refresh();
    }

    public void refresh() {
        Instant start = DisplayTime.days(from, to).start();
        Instant end = DisplayTime.days(from, to).end();
        rows = scores.scores(new ScoreQuery(by, start, end, surveyId, null, null));
        trend = scores.scores(new ScoreQuery(ScoreDimension.MONTH, start, end, surveyId, null, null));
        chart = chartOf(trend);
    }

    /** A row's name as people read it: phases and months by their names, the row without a value said so. */
    public String label(ScoreRow row) {
        if ("none".equals(row.key())) {
            return messages.get("scores.notRecorded");
        }
        return switch (by) {
            case MONTH -> displayZone.month(row.key());
            case PHASE -> messages.get("phase." + row.key());
            default -> row.label();
        };
    }

    /**
     * What a new finding about a row starts with: the row's scope (service, business unit or tier),
     * its period (the saved evidence query, so the finding's survey score covers the same answers)
     * and a title and statement with the scores and their n.
     */
    public record FindingDraft(
            Long serviceId,
            Long businessUnitId,
            String tier,
            LocalDate since,
            LocalDate until,
            String title,
            String statement) {}

    public FindingDraft findingDraft(ScoreRow row) {
        boolean known = !"none".equals(row.key());
        Long id = known && row.key().matches("\\d{1,18}") ? Long.valueOf(row.key()) : null;
        LocalDate since = from;
        LocalDate until = to;
        if (by == ScoreDimension.MONTH && known) {
            YearMonth month = YearMonth.parse(row.key());
            since = from == null || month.atDay(1).isAfter(from) ? month.atDay(1) : from;
            until = to == null || month.atEndOfMonth().isBefore(to) ? month.atEndOfMonth() : to;
        }
        String scope = label(row);
        if (surveyId != null) {
            scope += surveyChoices.stream()
                    .filter(s -> surveyId.equals(s.id()))
                    .map(s -> " · " + s.label())
                    .findFirst()
                    .orElse("");
        }
        List<String> figures = new ArrayList<>();
        figure(figures, "CSAT", row.csat(), "%", 0);
        figure(figures, "NPS", row.nps(), "", 0);
        figure(figures, "CES", row.ces(), "", 1);
        String period = messages.get(
                "scores.finding.period",
                since == null ? "…" : displayZone.date(since),
                displayZone.date(until == null ? DisplayTime.today() : until));
        return new FindingDraft(
                by == ScoreDimension.SERVICE ? id : null,
                by == ScoreDimension.BUSINESS_UNIT ? id : null,
                by == ScoreDimension.TIER && row.key().matches("L[0-3]") ? row.key() : null,
                since,
                until,
                messages.get("scores.finding.title", scope),
                messages.get("scores.finding.statement", scope, period, String.join("; ", figures), row.responses()));
    }

    private void figure(List<String> figures, String name, Score score, String unit, int decimals) {
        if (score != null && score.n() > 0) {
            figures.add(messages.get(
                    "scores.finding.score", name, value(score, decimals) + unit, interval(score), score.n()));
        }
    }

    /** "61–83" for a score's interval, or an empty text without answers. */
    public String interval(Score score) {
        if (score == null || score.n() == 0) {
            return "";
        }
        return Math.round(score.low()) + "–" + Math.round(score.high());
    }

    public String value(Score score, int decimals) {
        if (score == null || score.n() == 0) {
            return "—";
        }
        return decimals == 0 ? String.valueOf(Math.round(score.value())) : String.format("%.1f", score.value());
    }

    /** A line chart (Chart.js configuration): CSAT % and NPS on the left axis, CES on the right. */
    private String chartOf(List<ScoreRow> months) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        months.forEach(m -> labels.add(displayZone.month(m.key())));
        var datasets = JSON.createArrayBuilder()
                .add(line("CSAT %", "#1f9d55", "y", months, ScoreRow::csat))
                .add(line("NPS", "#3b82f6", "y", months, ScoreRow::nps))
                .add(line("CES", "#e0a800", "ces", months, ScoreRow::ces));
        return JSON.createObjectBuilder()
                .add("type", "line")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        JSON.createObjectBuilder()
                                .add("responsive", true)
                                .add("animation", false)
                                .add(
                                        "scales",
                                        JSON.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        JSON.createObjectBuilder()
                                                                .add("min", -100)
                                                                .add("max", 100))
                                                .add(
                                                        "ces",
                                                        JSON.createObjectBuilder()
                                                                .add("position", "right")
                                                                .add("min", 1)
                                                                .add("max", 7))))
                .build()
                .toString();
    }

    private static JsonObjectBuilder line(
            String label, String colour, String axis, List<ScoreRow> months, Function<ScoreRow, Score> score) {
        JsonArrayBuilder data = JSON.createArrayBuilder();
        for (ScoreRow m : months) {
            Score s = score.apply(m);
            if (s.n() == 0) {
                data.addNull();
            } else {
                data.add(Math.round(s.value() * 10) / 10.0);
            }
        }
        return JSON.createObjectBuilder()
                .add("label", label)
                .add("borderColor", colour)
                .add("backgroundColor", colour)
                .add("yAxisID", axis)
                .add("spanGaps", true)
                .add("data", data);
    }

    public ScoreDimension[] getDimensions() {
        return ScoreDimension.values();
    }

    public ScoreDimension getBy() {
        return by;
    }

    /** The rows' dimension; a form posted without it (an export from a script) keeps the services'. */
    public void setBy(ScoreDimension by) {
        this.by = by == null ? ScoreDimension.SERVICE : by;
    }

    public Long getSurveyId() {
        return surveyId;
    }

    public void setSurveyId(Long surveyId) {
        this.surveyId = surveyId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    /** The months of the trend chart, for its table. */
    public List<ScoreRow> getTrend() {
        return trend;
    }

    public String month(ScoreRow row) {
        return displayZone.month(row.key());
    }

    public List<ScoreRow> getRows() {
        return rows;
    }

    public String getChart() {
        return chart;
    }

    public List<SurveyDetails> getSurveyChoices() {
        return surveyChoices;
    }
}
