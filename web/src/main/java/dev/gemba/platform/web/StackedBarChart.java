package dev.gemba.platform.web;

import static dev.gemba.platform.control.JsonProviders.JSON;

import jakarta.json.JsonArrayBuilder;

/** The Chart.js configuration of a stacked bar chart of counts, as the insights and finding pages draw them. */
public final class StackedBarChart {

    private StackedBarChart() {}

    /** The chart of the labels (x axis) and the datasets stacked on them. */
    public static String of(JsonArrayBuilder labels, JsonArrayBuilder datasets) {
        return JSON.createObjectBuilder()
                .add("type", "bar")
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
                                                        "x",
                                                        JSON.createObjectBuilder()
                                                                .add("stacked", true))
                                                // counts: whole-number ticks, not 0.2 steps
                                                .add(
                                                        "y",
                                                        JSON.createObjectBuilder()
                                                                .add("stacked", true)
                                                                .add("beginAtZero", true)
                                                                .add(
                                                                        "ticks",
                                                                        JSON.createObjectBuilder()
                                                                                .add("precision", 0)))))
                .build()
                .toString();
    }
}
