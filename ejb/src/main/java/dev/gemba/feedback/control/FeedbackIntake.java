package dev.gemba.feedback.control;

import static dev.gemba.platform.boundary.ServiceMessages.text;
import static dev.gemba.platform.control.InputValidator.blankToNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.analysis.boundary.TextAnalysisService;
import dev.gemba.analysis.entity.AnalysisStatus;
import dev.gemba.catalog.control.BusinessUnitRepository;
import dev.gemba.catalog.control.ItServiceRepository;
import dev.gemba.feedback.boundary.FeedbackForm;
import dev.gemba.feedback.boundary.FeedbackSummary;
import dev.gemba.feedback.boundary.Submission;
import dev.gemba.feedback.entity.Feedback;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.control.BulkInsert;
import dev.gemba.platform.control.GembaDataSource;

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
    TextAnalysisService analysis;

    @Resource(lookup = GembaDataSource.JNDI_NAME)
    DataSource dataSource;

    private static final List<String> FEEDBACK_COLUMNS = List.of(
            "id",
            "received_at",
            "channel",
            "text",
            "contact_name",
            "contact_email",
            "business_unit_id",
            "support_tier",
            "ticket_ref",
            "external_id",
            "captured_by",
            "analysis_status",
            "created_at",
            "updated_at",
            "version");

    /**
     * Returns the stored item when the form's external id is known, else stores a new one: the
     * lookup and the insert share one transaction. A concurrent submission of the same external
     * id makes the insert fail on the unique key; the caller then looks the winner up.
     */
    public Submission submit(FeedbackForm form, String capturedBy) {
        String externalId = blankToNull(form.externalId());
        if (externalId != null) {
            Optional<Feedback> existing = feedback.findByExternalId(externalId);
            if (existing.isPresent()) {
                return new Submission(FeedbackSummary.of(existing.get()), false);
            }
        }
        return new Submission(store(form, capturedBy), true);
    }

    public FeedbackSummary store(FeedbackForm form, String capturedBy) {
        Feedback item = build(form, capturedBy);
        feedback.store(item);
        feedback.flush(); // a duplicate external id fails here, inside this transaction
        analysis.request(FeedbackTexts.KIND, item.getId());
        return FeedbackSummary.of(item);
    }

    /** Stores a survey answer's comment with its survey label; the analysis is queued as for any item. */
    public Feedback storeSurveyAnswer(FeedbackForm form, String capturedBy, String surveyLabel) {
        Feedback item = build(form, capturedBy);
        item.setSurveyLabel(surveyLabel);
        feedback.store(item);
        feedback.flush();
        analysis.request(FeedbackTexts.KIND, item.getId());
        return item;
    }

    /**
     * Stores a chunk of an import with plain JDBC in the caller's transaction: multi-row inserts
     * of the items, then of the services, tags and analysis work items of those that were new.
     * Items whose external id is already stored are skipped by the database (also when another
     * import stores them concurrently). The forms must not repeat an external id among
     * themselves, and their business units and services must exist.
     *
     * @return how many items were new and stored
     */
    public int storeAll(List<FeedbackForm> forms, String capturedBy) {
        if (forms.isEmpty()) {
            return 0;
        }
        Instant now = Instant.now();
        try (Connection connection = dataSource.getConnection()) {
            long[] ids = BulkInsert.ids(connection, "feedback_seq", Feedback.ID_ALLOCATION, forms.size());
            List<Object[]> items = new ArrayList<>(forms.size());
            for (int i = 0; i < forms.size(); i++) {
                items.add(row(ids[i], forms.get(i), capturedBy, now));
            }
            BulkInsert.rowsUnlessPresent(connection, "feedback", FEEDBACK_COLUMNS, items, "external_id");
            Set<Long> stored = stored(connection, ids);
            List<Object[]> itemServices = new ArrayList<>();
            List<Object[]> itemTags = new ArrayList<>();
            List<Long> analyse = new ArrayList<>(stored.size());
            for (int i = 0; i < forms.size(); i++) {
                long id = ids[i];
                if (stored.contains(id)) {
                    forms.get(i).serviceIds().forEach(service -> itemServices.add(new Object[] {id, service}));
                    normalisedTags(forms.get(i)).forEach(tag -> itemTags.add(new Object[] {id, tag}));
                    analyse.add(id);
                }
            }
            BulkInsert.rows(connection, "feedback_service", List.of("feedback_id", "service_id"), itemServices);
            BulkInsert.rows(connection, "feedback_tag", List.of("feedback_id", "tag"), itemTags);
            analysis.requestAll(FeedbackTexts.KIND, analyse);
            return analyse.size();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store " + forms.size() + " feedback items", e);
        }
    }

    private static Object[] row(long id, FeedbackForm form, String capturedBy, Instant now) {
        return new Object[] {
            id,
            form.receivedAt() == null ? now : form.receivedAt(),
            form.channel().name(),
            form.text(),
            blankToNull(form.contactName()),
            blankToNull(form.contactEmail()),
            form.businessUnitId(),
            form.tier() == null ? null : form.tier().name(),
            blankToNull(form.ticketRef()),
            blankToNull(form.externalId()),
            capturedBy,
            AnalysisStatus.PENDING.name(),
            now,
            now,
            0L
        };
    }

    /** Which of the ids this transaction reserved (and nobody else can use) were inserted. */
    private static Set<Long> stored(Connection connection, long[] ids) throws SQLException {
        Set<Long> reserved = new HashSet<>();
        for (long id : ids) {
            reserved.add(id);
        }
        Set<Long> stored = new HashSet<>();
        try (PreparedStatement select =
                connection.prepareStatement("select id from feedback where id between ? and ?")) {
            select.setLong(1, Arrays.stream(ids).min().orElseThrow());
            select.setLong(2, Arrays.stream(ids).max().orElseThrow());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (reserved.contains(rows.getLong(1))) {
                        stored.add(rows.getLong(1));
                    }
                }
            }
        }
        return stored;
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
                    .orElseThrow(() -> new InvalidInputException(
                            "businessUnitId", text("business-unit.unknown", form.businessUnitId()))));
        }
        item.replaceServices(services.requireAll(form.serviceIds(), "serviceIds"));
        item.setTier(form.tier());
        item.setTicketRef(blankToNull(form.ticketRef()));
        item.setExternalId(blankToNull(form.externalId()));
        item.replaceTags(normalisedTags(form));
        return item;
    }

    private static Set<String> normalisedTags(FeedbackForm form) {
        return form.tags().stream()
                .map(t -> t.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public Optional<FeedbackSummary> findByExternalId(String externalId) {
        return feedback.findByExternalId(externalId).map(FeedbackSummary::of);
    }
}
