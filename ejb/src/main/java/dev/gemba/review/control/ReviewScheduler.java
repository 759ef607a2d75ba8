package dev.gemba.review.control;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.catalog.entity.BusinessUnit;
import dev.gemba.catalog.entity.ItService;
import dev.gemba.platform.boundary.FieldError;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.review.boundary.ReviewForm;
import dev.gemba.review.entity.AgendaItem;
import dev.gemba.review.entity.PackSection;
import dev.gemba.review.entity.ServiceReview;
import dev.gemba.security.boundary.UserRef;
import dev.gemba.security.boundary.UserService;

/** Checks and applies what a relationship manager enters for a review; drafts its default agenda. */
@Dependent
public class ReviewScheduler {

    /** A review's period is at most this many days (a year and a quarter). */
    static final int MAX_PERIOD_DAYS = 460;

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    @EJB
    UserService users;

    public BusinessUnit unit(ReviewForm form) {
        BusinessUnit unit = em.find(BusinessUnit.class, form.businessUnitId());
        if (unit == null) {
            throw new InvalidInputException("businessUnitId", text("business-unit.unknown", form.businessUnitId()));
        }
        return unit;
    }

    public void apply(ReviewForm form, ServiceReview review) {
        List<FieldError> errors = new ArrayList<>();
        ItService service = null;
        if (form.serviceId() != null) {
            service = em.find(ItService.class, form.serviceId());
            if (service == null) {
                errors.add(new FieldError("serviceId", text("service.unknown", form.serviceId())));
            } else if (!review.getBusinessUnit().getServices().contains(service)) {
                errors.add(new FieldError(
                        "serviceId",
                        text(
                                "review.service-not-consumed",
                                service.getName(),
                                review.getBusinessUnit().getName())));
            }
        }
        if (form.periodTo().isBefore(form.periodFrom())) {
            errors.add(new FieldError("periodTo", text("range.to-before-from")));
        } else if (form.periodFrom().plusDays(MAX_PERIOD_DAYS).isBefore(form.periodTo())) {
            errors.add(new FieldError("periodTo", text("review.period-too-long", MAX_PERIOD_DAYS)));
        }
        Set<String> known = users.people().stream().map(UserRef::username).collect(Collectors.toSet());
        List<String> unknown = form.itParticipants().stream()
                .map(String::strip)
                .filter(u -> !known.contains(u))
                .toList();
        if (!unknown.isEmpty()) {
            errors.add(new FieldError("itParticipants", text("review.participant-unknown", unknown)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        review.setService(service);
        review.setScheduledAt(form.scheduledAt().truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
        review.setPeriod(form.periodFrom(), form.periodTo());
        String title = form.title() == null || form.title().isBlank()
                ? text(
                        "review.default-title",
                        review.getBusinessUnit().getName(),
                        form.periodFrom().format(DateTimeFormatter.ISO_LOCAL_DATE),
                        form.periodTo().format(DateTimeFormatter.ISO_LOCAL_DATE))
                : form.title().strip();
        review.setTitle(title);
        review.replaceParticipants(
                form.itParticipants().stream().map(String::strip).distinct().toList(),
                form.businessContacts().stream().map(String::strip).distinct().toList());
    }

    /** One point per pack section, in the pack's order, titled in the caller's language. */
    public void defaultAgenda(ServiceReview review) {
        List<AgendaItem> points = new ArrayList<>();
        for (PackSection section : PackSection.values()) {
            String key = "review.section." + section.name();
            points.add(new AgendaItem(review, section, text(key)));
        }
        review.replaceAgenda(points);
    }
}
