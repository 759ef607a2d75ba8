package dev.gemba.feedback.web;

import static dev.gemba.platform.control.JsonProviders.JSON;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;

import dev.gemba.feedback.insight.Granularity;
import dev.gemba.feedback.insight.InsightService;
import dev.gemba.feedback.insight.Insights;
import dev.gemba.feedback.insight.Insights.SentimentBucket;
import dev.gemba.platform.boundary.DisplayTime;
import dev.gemba.platform.web.DisplayZone;
import dev.gemba.platform.web.FormErrors;
import dev.gemba.platform.web.Messages;
import dev.gemba.platform.web.StackedBarChart;

/** Backs feedback/insights.xhtml: the sentiment chart and the topic tables for a scope and period. */
@Named
@ViewScoped
public class FeedbackInsightsView implements Serializable {

    @EJB
    InsightService service;

    @Inject
    FormErrors formErrors;

    @Inject
    Messages messages;

    @Inject
    DisplayZone displayZone;

    private Long serviceId;
    private Long businessUnitId;
    private LocalDate from = DisplayTime.today().minusYears(1);
    private LocalDate to = DisplayTime.today();
    private Granularity granularity = Granularity.MONTH;
    private Insights insights;
    private String chart;

    @PostConstruct
    public void refresh() {
        formErrors.attempt("insights", () -> {
            insights = service.insights(
                    serviceId,
                    businessUnitId,
                    DisplayTime.days(from, to).start(),
                    DisplayTime.days(from, to).end(),
                    granularity);
            chart = chartOf(insights.sentimentOverTime());
        });
    }

    /** A stacked bar chart (Chart.js configuration) of sentiment per period. */
    private String chartOf(List<SentimentBucket> series) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        // periods start at midnight UTC: their label is that day, as pages write dates
        series.forEach(b -> labels.add(displayZone.date(LocalDate.ofInstant(b.start(), ZoneOffset.UTC))));
        var datasets = JSON.createArrayBuilder()
                .add(dataset(messages.get("sentiment.NEGATIVE"), "#d64545", series, SentimentBucket::negative))
                .add(dataset(messages.get("sentiment.MIXED"), "#e0a800", series, SentimentBucket::mixed))
                .add(dataset(messages.get("sentiment.NEUTRAL"), "#9aa5b1", series, SentimentBucket::neutral))
                .add(dataset(messages.get("sentiment.POSITIVE"), "#1f9d55", series, SentimentBucket::positive));
        return StackedBarChart.of(labels, datasets);
    }

    private static jakarta.json.JsonObjectBuilder dataset(
            String label,
            String colour,
            List<SentimentBucket> series,
            java.util.function.ToLongFunction<SentimentBucket> count) {
        JsonArrayBuilder data = JSON.createArrayBuilder();
        series.forEach(b -> data.add(count.applyAsLong(b)));
        return JSON.createObjectBuilder()
                .add("label", label)
                .add("backgroundColor", colour)
                .add("data", data);
    }

    /** A period of the sentiment chart as its label reads (the day it starts). */
    public String period(SentimentBucket bucket) {
        return displayZone.date(LocalDate.ofInstant(bucket.start(), ZoneOffset.UTC));
    }

    public String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    public Granularity[] getGranularities() {
        return Granularity.values();
    }

    public Insights getInsights() {
        return insights;
    }

    public String getChart() {
        return chart;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public Long getBusinessUnitId() {
        return businessUnitId;
    }

    public void setBusinessUnitId(Long businessUnitId) {
        this.businessUnitId = businessUnitId;
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

    public Granularity getGranularity() {
        return granularity;
    }

    public void setGranularity(Granularity granularity) {
        this.granularity = granularity;
    }
}
