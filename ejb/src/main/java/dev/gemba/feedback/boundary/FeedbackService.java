package dev.gemba.feedback.boundary;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import dev.gemba.analysis.boundary.TextAnalysisService;
import dev.gemba.feedback.control.FeedbackIntake;
import dev.gemba.feedback.control.FeedbackRepository;
import dev.gemba.feedback.control.FeedbackTexts;
import dev.gemba.feedback.entity.Feedback;
import dev.gemba.feedback.entity.FeedbackCorrection;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.Page;
import dev.gemba.platform.boundary.PageRequest;
import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.platform.boundary.StaleUpdateException;
import dev.gemba.platform.control.Constraints;
import dev.gemba.platform.control.InputValidator;
import dev.gemba.security.entity.Role;

/**
 * Interaction feedback: the service desk and integrations submit it, the desk works the inbox and
 * corrects the model's labels; everyone else who may see feedback reads it.
 */
@Stateless
@RolesAllowed(Role.PERSON_NAME)
public class FeedbackService {

    /** The inbox's total stops at this many matches; filters narrow a longer list. */
    public static final int INBOX_COUNT_LIMIT = 10_000;

    @EJB
    FeedbackIntake intake;

    @EJB
    TextAnalysisService analysis;

    @Inject
    FeedbackRepository feedback;

    @Inject
    InputValidator validator;

    @Resource
    SessionContext session;

    /**
     * Stores a survey answer's comment, with its survey's label, in the caller's transaction; the
     * analysis is queued as for any item. No role: respondents answer without signing in, and
     * only server code (the survey feature) reaches this method.
     */
    @PermitAll
    public FeedbackSummary recordSurveyComment(FeedbackForm form, String capturedBy, String surveyLabel) {
        return FeedbackSummary.of(intake.storeSurveyAnswer(form, capturedBy, surveyLabel));
    }

    /**
     * Stores an item and queues its analysis. Idempotent by external id: a repeat returns the
     * stored item and creates nothing, also when two repeats race each other.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.SERVICE_DESK_NAME, Role.INTEGRATION_NAME})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Submission submit(FeedbackForm form) {
        validator.check(form);
        String externalId = form.externalId() == null || form.externalId().isBlank()
                ? null
                : form.externalId().strip();
        try {
            return intake.submit(form, session.getCallerPrincipal().getName());
        } catch (EJBException e) {
            if (externalId != null && Constraints.isUniqueViolation(e)) {
                return intake.findByExternalId(externalId)
                        .map(s -> new Submission(s, false))
                        .orElseThrow(() -> e);
            }
            throw e;
        }
    }

    public Page<FeedbackSummary> list(FeedbackQuery query, PageRequest page) {
        var items =
                feedback.search(query, page).stream().map(FeedbackSummary::of).toList();
        return new Page<>(items, page.page(), page.size(), feedback.count(query));
    }

    /**
     * A page for the service desk inbox: as {@link #list}, but the total is counted no further
     * than {@link #INBOX_COUNT_LIMIT}, which keeps paging fast at millions of items.
     */
    public Page<FeedbackSummary> inbox(FeedbackQuery query, PageRequest page) {
        var items =
                feedback.search(query, page).stream().map(FeedbackSummary::of).toList();
        return new Page<>(items, page.page(), page.size(), feedback.count(query, INBOX_COUNT_LIMIT));
    }

    /** The topic ids the analysis assigns, for filters and corrections. */
    public List<String> topics() {
        return analysis.topics();
    }

    /** Tags in use beginning with the prefix, for the capture form's autocompletion. */
    public List<String> tags(String prefix) {
        return feedback.tagsStartingWith(prefix == null ? "" : prefix.strip(), 10);
    }

    public FeedbackSummary get(long id) {
        return FeedbackSummary.of(load(id));
    }

    /** Stores a person's labels beside the model's; both stay visible and the history is kept. */
    @RolesAllowed({Role.ADMIN_NAME, Role.SERVICE_DESK_NAME})
    public FeedbackSummary correct(long id, CorrectionForm form) {
        validator.check(form);
        Feedback item = load(id);
        if (form.version() != item.getVersion()) {
            throw new StaleUpdateException("feedback", id, form.version(), item.getVersion());
        }
        var unknown = form.topics().stream()
                .filter(t -> !t.matches("[a-z0-9-]{1,60}"))
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("topics", text("feedback.topic-ids", unknown));
        }
        String topics = form.topics().isEmpty() ? null : String.join(",", new TreeSet<>(form.topics()));
        var correction = new FeedbackCorrection(
                item, form.sentiment(), topics, session.getCallerPrincipal().getName());
        item.corrected(form.sentiment(), topics, correction.getCorrectedBy(), correction.getCorrectedAt());
        feedback.store(correction);
        feedback.flush();
        return FeedbackSummary.of(item);
    }

    /** Queues the analysis again, e.g. after it failed. */
    @RolesAllowed({Role.ADMIN_NAME, Role.SERVICE_DESK_NAME})
    public FeedbackSummary reanalyse(long id) {
        Feedback item = load(id);
        item.analysisRequested();
        analysis.retry(FeedbackTexts.KIND, id);
        return FeedbackSummary.of(item);
    }

    /**
     * Corrected items as labelled examples with the labels people gave them last, oldest first,
     * for the NLP module's train-your-own mode.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.SERVICE_DESK_NAME})
    public List<TrainingExample> trainingExamples(int first, int max) {
        if (first < 0) {
            throw new InvalidInputException("first", text("page.negative"));
        }
        if (max < 1 || max > PageRequest.MAX_SIZE) {
            throw new InvalidInputException("max", text("page.size", PageRequest.MAX_SIZE));
        }
        return feedback.corrections(first, max).stream()
                .sorted(Comparator.comparing(FeedbackCorrection::getId))
                .map(TrainingExample::of)
                .toList();
    }

    /** Every corrected item with its latest labels, read page by page. */
    @RolesAllowed({Role.ADMIN_NAME, Role.SERVICE_DESK_NAME})
    public List<TrainingExample> allTrainingExamples() {
        List<TrainingExample> all = new java.util.ArrayList<>();
        for (int first = 0; ; first += PageRequest.MAX_SIZE) {
            var page = trainingExamples(first, PageRequest.MAX_SIZE);
            all.addAll(page);
            if (page.size() < PageRequest.MAX_SIZE) {
                return all;
            }
        }
    }

    private Feedback load(long id) {
        return feedback.find(id).orElseThrow(() -> new RecordNotFoundException("feedback", id));
    }
}
