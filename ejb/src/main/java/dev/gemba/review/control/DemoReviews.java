package dev.gemba.review.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.catalog.entity.BusinessUnit;
import dev.gemba.review.boundary.ActionForm;
import dev.gemba.review.boundary.DecisionForm;
import dev.gemba.review.boundary.MinutesForm;
import dev.gemba.review.boundary.MinutesService;
import dev.gemba.review.boundary.ReviewDetails;
import dev.gemba.review.boundary.ReviewForm;
import dev.gemba.review.boundary.ReviewService;
import dev.gemba.review.entity.PackSection;
import dev.gemba.security.control.SystemCaller;
import dev.gemba.security.entity.Role;

/**
 * The demo's service reviews with Sales, scheduled by the demo relationship manager: one held a
 * month ago (published pack, minutes, two actions, a finding the business asked for) and one in two
 * weeks whose pack is generated live.
 */
@Stateless
@PermitAll
public class DemoReviews {

    public static final String UNIT = "Sales";

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    @EJB
    ReviewService reviews;

    @EJB
    MinutesService minutes;

    public void store(Instant now) {
        SystemCaller.run("rm", List.of(Role.ADMIN), () -> storeAsManager(now));
    }

    private void storeAsManager(Instant now) {
        long unit = em.createQuery("select b from BusinessUnit b where b.name = :name", BusinessUnit.class)
                .setParameter("name", UNIT)
                .getSingleResult()
                .getId();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        ReviewDetails held = reviews.schedule(new ReviewForm(
                unit,
                null,
                null,
                now.minus(Duration.ofDays(30)).truncatedTo(java.time.temporal.ChronoUnit.HOURS),
                today.minusMonths(4).withDayOfMonth(1),
                today.minusMonths(1).withDayOfMonth(1).minusDays(1),
                List.of("rm", "desk"),
                List.of("Sebastian Sato"),
                null));
        held = reviews.publish(held.id(), held.version());
        long vpnPoint = point(held, PackSection.FEEDBACK);
        held = minutes.record(
                held.id(),
                new MinutesForm(
                        List.of(
                                new MinutesForm.Note(
                                        vpnPoint,
                                        "Sales reps on the road still lose the VPN in hotels. IT explained the"
                                                + " reconnect guide; Sales asks for a faster client."),
                                new MinutesForm.Note(
                                        point(held, PackSection.SURVEY_SCORES),
                                        "CSAT is stable; Sales wants the survey after every laptop swap.")),
                        held.version()));
        minutes.addAction(
                held.id(),
                new ActionForm(
                        vpnPoint, "Send the VPN reconnect guide to every sales rep", "desk", today.minusDays(10)));
        minutes.addAction(
                held.id(),
                new ActionForm(
                        point(held, PackSection.SURVEY_SCORES),
                        "Add a survey after laptop swaps for Sales",
                        "rm",
                        today.plusDays(14)));
        minutes.raise(
                held.id(),
                new DecisionForm(
                        vpnPoint,
                        DecisionForm.RaiseAs.FINDING,
                        "Sales reps lose the VPN in hotel networks",
                        "Raised in the service review with Sales: hotel Wi-Fi drops the VPN for reps on the road."));
        reviews.schedule(new ReviewForm(
                unit,
                null,
                null,
                now.plus(Duration.ofDays(14)).truncatedTo(java.time.temporal.ChronoUnit.HOURS),
                today.minusMonths(1).withDayOfMonth(1),
                today.minusDays(1),
                List.of("rm", "desk"),
                List.of("Sebastian Sato"),
                null));
    }

    private static long point(ReviewDetails review, PackSection section) {
        return review.agenda().stream()
                .filter(a -> a.section() == section)
                .findFirst()
                .orElseThrow()
                .id();
    }
}
