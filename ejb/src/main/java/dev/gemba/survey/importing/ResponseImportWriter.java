package dev.gemba.survey.importing;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.catalog.entity.BusinessUnit;
import dev.gemba.catalog.entity.ItService;
import dev.gemba.feedback.entity.FeedbackImport;
import dev.gemba.feedback.entity.FeedbackImportError;
import dev.gemba.feedback.importing.ImportOutcome;
import dev.gemba.survey.control.ResponseRecorder;
import dev.gemba.survey.entity.Survey;
import dev.gemba.survey.entity.SurveyKind;
import dev.gemba.survey.entity.SurveyResponse;
import dev.gemba.touchpoint.entity.LifecyclePhase;

/**
 * Stores a chunk of imported responses in the chunk's transaction, with refused rows and the
 * progress. A response whose external id is stored already is a duplicate and left alone, so a
 * re-run or a restart adds nothing. Comments go to the feedback inbox like any survey answer.
 */
@Named("surveyResponseImportWriter")
@Dependent
public class ResponseImportWriter extends AbstractItemWriter {

    static final long MAX_ERRORS_KEPT = 10_000;

    @Inject
    @BatchProperty(name = "importId")
    String importId;

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    @EJB
    ResponseRecorder recorder;

    @Override
    public void writeItems(List<Object> items) {
        FeedbackImport job = em.find(FeedbackImport.class, Long.parseLong(importId));
        Survey survey = em.find(Survey.class, job.getSurveyId());
        Set<String> ids = new HashSet<>();
        items.stream().filter(ResponseRow.class::isInstance).forEach(i -> ids.add(((ResponseRow) i).externalId()));
        Set<String> seen = new HashSet<>(
                ids.isEmpty()
                        ? List.of()
                        : em.createQuery(
                                        "select r.externalId from SurveyResponse r where r.externalId in :ids",
                                        String.class)
                                .setParameter("ids", ids)
                                .getResultList());
        long imported = 0;
        long duplicates = 0;
        long failed = 0;
        long lastRow = job.getRowsRead();
        Instant now = Instant.now();
        LifecyclePhase phase =
                survey.getKind() == SurveyKind.TRANSACTIONAL ? LifecyclePhase.OPERATION : LifecyclePhase.CSI;
        for (Object item : items) {
            if (item instanceof ResponseRow row) {
                lastRow = Math.max(lastRow, row.row());
                if (!seen.add(row.externalId())) {
                    duplicates++;
                    continue;
                }
                var response = new SurveyResponse(survey.current(), row.submittedAt(), "en", phase);
                response.context(
                        row.businessUnitId() == null ? null : em.getReference(BusinessUnit.class, row.businessUnitId()),
                        row.serviceId() == null ? null : em.getReference(ItService.class, row.serviceId()),
                        row.tier());
                response.setExternalId(row.externalId());
                boolean anonymous = survey.isAnonymous();
                recorder.store(
                        response,
                        row.answers(),
                        anonymous ? null : row.contactName(),
                        anonymous ? null : row.contactEmail(),
                        null,
                        now);
                imported++;
            } else if (item instanceof ImportOutcome.Rejected rejected) {
                lastRow = Math.max(lastRow, rejected.row());
                if (job.getRowsFailed() + failed < MAX_ERRORS_KEPT
                        && em.find(FeedbackImportError.class, new FeedbackImportError.Key(job.getId(), rejected.row()))
                                == null) {
                    em.persist(new FeedbackImportError(
                            job.getId(),
                            rejected.row(),
                            rejected.column(),
                            rejected.reason().text(),
                            rejected.reason().key(),
                            rejected.reason().argsJson()));
                }
                failed++;
            }
        }
        job.chunkDone(lastRow, imported, duplicates, failed, now);
    }
}
