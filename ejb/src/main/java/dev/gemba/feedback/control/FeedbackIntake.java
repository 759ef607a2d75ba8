package dev.gemba.feedback.control;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.catalog.control.BusinessUnitRepository;
import dev.gemba.catalog.control.ItServiceRepository;
import dev.gemba.catalog.entity.ItService;
import dev.gemba.feedback.boundary.FeedbackForm;
import dev.gemba.feedback.boundary.FeedbackSummary;
import dev.gemba.feedback.entity.Feedback;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.queue.WorkQueue;

/**
 * Stores a new feedback item and queues its analysis in the same transaction, so that a crash
 * can never leave an item without its analysis job.
 */
@Stateless
public class FeedbackIntake {

    @Inject
    FeedbackRepository feedback;

    @Inject
    BusinessUnitRepository units;

    @Inject
    ItServiceRepository services;

    @jakarta.ejb.EJB
    WorkQueue queue;

    public FeedbackSummary store(FeedbackForm form, String capturedBy) {
        var item = new Feedback(
                form.receivedAt() == null ? java.time.Instant.now() : form.receivedAt(),
                form.channel(),
                form.text(),
                capturedBy);
        item.setContact(blankToNull(form.contactName()), blankToNull(form.contactEmail()));
        if (form.businessUnitId() != null) {
            item.setBusinessUnit(units.find(form.businessUnitId())
                    .orElseThrow(() ->
                            new InvalidInputException("businessUnitId", "no business unit " + form.businessUnitId())));
        }
        item.replaceServices(services(form.serviceIds()));
        item.setTier(form.tier());
        item.setTicketRef(blankToNull(form.ticketRef()));
        item.setExternalId(blankToNull(form.externalId()));
        item.replaceTags(form.tags().stream()
                .map(t -> t.strip().toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
        feedback.store(item);
        feedback.flush(); // a duplicate external id fails here, inside this transaction
        queue.enqueue(FeedbackAnalysisHandler.KIND, item.getId());
        return FeedbackSummary.of(item);
    }

    public Optional<FeedbackSummary> findByExternalId(String externalId) {
        return feedback.findByExternalId(externalId).map(FeedbackSummary::of);
    }

    private Set<ItService> services(Set<Long> ids) {
        List<ItService> found = services.findAllById(ids);
        if (found.size() != ids.size()) {
            Set<Long> missing = new HashSet<>(ids);
            found.forEach(s -> missing.remove(s.getId()));
            throw new InvalidInputException(
                    "serviceIds",
                    "unknown service ids " + missing.stream().sorted().toList());
        }
        return new HashSet<>(found);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
