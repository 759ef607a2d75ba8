package dev.gemba.steering.web;

import java.io.IOException;
import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;

import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.platform.web.Messages;
import dev.gemba.platform.web.StackedBarChart;
import dev.gemba.steering.boundary.SteeringHome;
import dev.gemba.steering.boundary.SteeringService;

/** Backs steering/home.xhtml: one committee's backlog, decisions due, ranking, benefits and next meeting. */
@Named
@ViewScoped
public class SteeringHomeView implements Serializable {

    @EJB
    SteeringService steering;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    private Long committeeId;
    private SteeringHome home;

    public void load() throws IOException {
        try {
            home = steering.home(committeeId);
        } catch (RecordNotFoundException e) {
            faces.getExternalContext().responseSendError(404, messages.get("steering.committeeNotFound"));
            faces.responseComplete();
            return;
        }
        if (home.committee() != null) {
            committeeId = home.committee().id();
        }
    }

    public void show() {
        home = steering.home(committeeId);
    }

    /** Items per status, and their average days in it, as bars (Chart.js). */
    public String getChart() {
        var labels = Json.createArrayBuilder();
        var counts = Json.createArrayBuilder();
        home.byStatus().forEach(s -> {
            labels.add(messages.get("improvementStatus." + s.status()));
            counts.add(s.count());
        });
        var datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("label", messages.get("steering.home.items"))
                        .add("data", counts)
                        .add("backgroundColor", "#3b6ea8"));
        return StackedBarChart.of(labels, datasets);
    }

    public SteeringHome getHome() {
        return home;
    }

    public Long getCommitteeId() {
        return committeeId;
    }

    public void setCommitteeId(Long committeeId) {
        this.committeeId = committeeId;
    }
}
