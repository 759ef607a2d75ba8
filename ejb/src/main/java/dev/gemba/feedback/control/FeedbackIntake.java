package dev.gemba.feedback.control;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.catalog.control.BusinessUnitRepository;
import dev.gemba.catalog.control.ItServiceRepository;
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
        Feedback item = build(form, capturedBy);
        feedback.store(item);
        feedback.flush(); // a duplicate external id fails here, inside this transaction
        queue.enqueue(FeedbackAnalysisHandler.KIND, item.getId());
        return FeedbackSummary.of(item);
    }

    /** Stores a survey answer's comment with its survey label; the analysis is queued as for any item. */
    public Feedback storeSurveyAnswer(FeedbackForm form, String capturedBy, String surveyLabel) {
        Feedback item = build(form, capturedBy);
        item.setSurveyLabel(surveyLabel);
        feedback.store(item);
        feedback.flush();
        queue.enqueue(FeedbackAnalysisHandler.KIND, item.getId());
        return item;
    }

    /**
     * Stores a chunk of an import with one flush, so that the inserts go to the database in JDBC
     * batches; the caller has already dropped external ids that exist.
     */
    public int storeAll(List<FeedbackForm> forms, String capturedBy) {
        List<Feedback> items = new java.util.ArrayList<>(forms.size());
        for (FeedbackForm form : forms) {
            Feedback item = build(form, capturedBy);
            feedback.store(item);
            items.add(item);
        }
        feedback.flush();
        items.forEach(item -> queue.enqueue(FeedbackAnalysisHandler.KIND, item.getId()));
        return items.size();
    }

    private Feedback build(FeedbackForm form, String capturedBy) {
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
        item.replaceServices(services.requireAll(form.serviceIds(), "serviceIds"));
        item.setTier(form.tier());
        item.setTicketRef(blankToNull(form.ticketRef()));
        item.setExternalId(blankToNull(form.externalId()));
        item.replaceTags(form.tags().stream()
                .map(t -> t.strip().toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
        return item;
    }

    public Optional<FeedbackSummary> findByExternalId(String externalId) {
        return feedback.findByExternalId(externalId).map(FeedbackSummary::of);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
