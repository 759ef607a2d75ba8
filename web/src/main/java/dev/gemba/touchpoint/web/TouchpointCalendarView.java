package dev.gemba.touchpoint.web;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import dev.gemba.platform.boundary.PageRequest;
import dev.gemba.touchpoint.boundary.TouchpointDetails;
import dev.gemba.touchpoint.boundary.TouchpointQuery;
import dev.gemba.touchpoint.boundary.TouchpointService;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

/** Backs touchpoints/calendar.xhtml: touchpoints on a calendar, loaded for the visible range only. */
@Named
@ViewScoped
public class TouchpointCalendarView implements Serializable {

    /** A month view shows at most this many touchpoints; more are in the list. */
    static final int RANGE_LIMIT = PageRequest.MAX_SIZE;

    @EJB
    TouchpointService touchpoints;

    private ScheduleModel model;

    @PostConstruct
    void init() {
        model = new LazyScheduleModel() {
            @Override
            public void loadEvents(LocalDateTime start, LocalDateTime end) {
                var query = new TouchpointQuery(
                        null,
                        null,
                        null,
                        null,
                        null,
                        start.atZone(TouchpointEntryView.ZONE).toInstant(),
                        end.atZone(TouchpointEntryView.ZONE).toInstant(),
                        null);
                for (TouchpointDetails t : touchpoints
                        .search(query, new PageRequest(0, RANGE_LIMIT, null, false))
                        .items()) {
                    LocalDateTime at = LocalDateTime.ofInstant(t.occurredAt(), TouchpointEntryView.ZONE);
                    addEvent(DefaultScheduleEvent.builder()
                            .id(String.valueOf(t.id()))
                            .title(t.summary() + " · " + t.businessUnitName())
                            .startDate(at)
                            .endDate(at.plus(1, ChronoUnit.HOURS))
                            .styleClass("gemba-phase-" + t.phase())
                            .data(t.id())
                            .build());
                }
            }
        };
    }

    /** Opens the touchpoint that was clicked. */
    public void open(SelectEvent<ScheduleEvent<?>> event) throws java.io.IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/touchpoints/detail.xhtml?id="
                + event.getObject().getData());
    }

    public ScheduleModel getModel() {
        return model;
    }
}
