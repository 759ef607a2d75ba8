package dev.gemba.review.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dev.gemba.catalog.boundary.BusinessUnitService;
import dev.gemba.platform.boundary.DisplayTime;
import dev.gemba.platform.web.FormErrors;
import dev.gemba.platform.web.Lazy;
import dev.gemba.review.boundary.ReviewDetails;
import dev.gemba.review.boundary.ReviewForm;
import dev.gemba.review.boundary.ReviewQuery;
import dev.gemba.review.boundary.ReviewService;
import dev.gemba.review.boundary.ReviewSummary;
import dev.gemba.security.boundary.UserRef;
import dev.gemba.security.boundary.UserService;

/** Backs reviews/list.xhtml: reviews latest first, and scheduling a new one. */
@Named
@ViewScoped
public class ReviewListView implements Serializable {

    static final ZoneId ZONE = DisplayTime.zone();

    @EJB
    ReviewService reviews;

    @EJB
    UserService users;

    @EJB
    BusinessUnitService units;

    @Inject
    FormErrors formErrors;

    @Inject
    FacesContext faces;

    private Long businessUnitId;
    private Long filterUnitId;
    private LocalDateTime scheduledAt =
            LocalDateTime.now(ZONE).plusDays(7).withHour(10).truncatedTo(ChronoUnit.HOURS);
    private LocalDate periodFrom = LocalDate.now(ZONE).minusMonths(1).withDayOfMonth(1);
    private LocalDate periodTo = LocalDate.now(ZONE).withDayOfMonth(1).minusDays(1);
    private String title;
    private List<String> itParticipants = new ArrayList<>();
    private List<String> businessContacts = new ArrayList<>();
    private transient Lazy<ReviewQuery, ReviewSummary> results;

    @PostConstruct
    void init() {
        results = lazy();
    }

    private Lazy<ReviewQuery, ReviewSummary> lazy() {
        return new Lazy<>(filters -> new ReviewQuery(filterUnitId, null), reviews::search, ReviewSummary::id);
    }

    public Lazy<ReviewQuery, ReviewSummary> getResults() {
        if (results == null) {
            results = lazy();
        }
        return results;
    }

    /** Schedules the review and opens its page. */
    public void schedule() throws IOException {
        var form = new ReviewForm(
                businessUnitId,
                null,
                title,
                scheduledAt == null ? null : scheduledAt.atZone(ZONE).toInstant(),
                periodFrom,
                periodTo,
                itParticipants,
                businessContacts,
                null);
        ReviewDetails[] created = new ReviewDetails[1];
        if (formErrors.attempt("schedule", () -> created[0] = reviews.schedule(form))) {
            var context = faces.getExternalContext();
            context.redirect(context.getRequestContextPath() + "/reviews/review.xhtml?id=" + created[0].id());
        }
    }

    public List<UserRef> getPeople() {
        return users.people();
    }

    /** The chosen unit's key contacts, to pick the business participants from. */
    public List<String> getContacts() {
        if (businessUnitId == null) {
            return List.of();
        }
        return units.get(businessUnitId).keyContacts().stream()
                .map(c -> c.name())
                .toList();
    }

    public Long getBusinessUnitId() {
        return businessUnitId;
    }

    public void setBusinessUnitId(Long businessUnitId) {
        this.businessUnitId = businessUnitId;
    }

    public Long getFilterUnitId() {
        return filterUnitId;
    }

    public void setFilterUnitId(Long filterUnitId) {
        this.filterUnitId = filterUnitId;
    }

    public LocalDateTime getScheduledAt() {
        return scheduledAt;
    }

    public void setScheduledAt(LocalDateTime scheduledAt) {
        this.scheduledAt = scheduledAt;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate periodFrom) {
        this.periodFrom = periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(LocalDate periodTo) {
        this.periodTo = periodTo;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<String> getItParticipants() {
        return itParticipants;
    }

    public void setItParticipants(List<String> itParticipants) {
        this.itParticipants = itParticipants;
    }

    public List<String> getBusinessContacts() {
        return businessContacts;
    }

    public void setBusinessContacts(List<String> businessContacts) {
        this.businessContacts = businessContacts;
    }
}
