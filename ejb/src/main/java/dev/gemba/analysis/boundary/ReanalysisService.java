package dev.gemba.analysis.boundary;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.analysis.control.AnalysisWork;
import dev.gemba.analysis.control.TextAnalysis;
import dev.gemba.analysis.entity.Reanalysis;
import dev.gemba.analysis.entity.ReanalysisState;
import dev.gemba.platform.control.AfterCommit;
import dev.gemba.security.entity.Role;

/**
 * Brings stored analyses of every kind of text to the current model: one run per model version, started when Gemba
 * starts with a new model (or by an admin), resumed after a crash from its last committed chunk.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SERVICE_DESK_NAME})
public class ReanalysisService {

    public static final String JOB = "text-reanalysis";
    private static final Logger LOG = Logger.getLogger(ReanalysisService.class.getName());
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    @Inject
    TextAnalysis analysis;

    @Inject
    AfterCommit afterCommit;

    @Inject
    AnalysisWork work;

    /** The models in use now, so an administrator sees whether a configured model file took effect. */
    public AnalysisSetup setup() {
        return new AnalysisSetup(
                analysis.modelVersion(),
                analysis.modelsInUse().stream().map(AnalysisSetup.Model::of).toList(),
                analysis.topics(),
                analysis.defaultLanguage());
    }

    public List<ReanalysisStatus> runs() {
        return em.createQuery("select r from Reanalysis r order by r.startedAt desc", Reanalysis.class)
                .setMaxResults(20)
                .getResultStream()
                .map(ReanalysisStatus::of)
                .toList();
    }

    /**
     * Starts the run for the current model when analysed items carry another version and no run
     * for this version exists yet (several nodes starting together create it once: unique key).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<ReanalysisStatus> startIfOutdated() {
        String current = analysis.modelVersion();
        boolean started = !em.createQuery("select r.id from Reanalysis r where r.modelVersion = :v", Long.class)
                .setParameter("v", current)
                .getResultList()
                .isEmpty();
        if (started) {
            return Optional.empty();
        }
        long outdated = work.kinds().values().stream()
                .mapToLong(kind -> kind.countOutdated(current))
                .sum();
        if (outdated == 0) {
            return Optional.empty();
        }
        var run = new Reanalysis(current, outdated, node(), Instant.now());
        em.persist(run);
        em.flush();
        LOG.info(() -> "Model " + current + ": re-analysing " + outdated + " analysed texts (run " + run.getId() + ")");
        afterCommit.run(() -> start(run.getId()));
        return Optional.of(ReanalysisStatus.of(run));
    }

    /** Resumes runs whose node stopped reporting; the optimistic lock lets one node win. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int resumeStale(Instant now) {
        List<Reanalysis> stale = em.createQuery(
                        "select r from Reanalysis r where r.status = :running and r.heartbeatAt < :cutoff",
                        Reanalysis.class)
                .setParameter("running", ReanalysisState.RUNNING)
                .setParameter("cutoff", now.minus(ABANDONED_AFTER))
                .getResultList();
        for (Reanalysis run : stale) {
            LOG.info(() -> "Resuming re-analysis run " + run.getId() + " after " + run.getSubjectKind() + " "
                    + run.getLastSubjectId());
            run.claim(node(), now);
        }
        em.flush();
        stale.forEach(run -> afterCommit.run(() -> start(run.getId())));
        return stale.size();
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finished(long runId, boolean completed) {
        Reanalysis run = em.find(Reanalysis.class, runId);
        run.finish(completed ? ReanalysisState.COMPLETED : ReanalysisState.FAILED, Instant.now());
    }

    private static void start(long runId) {
        Properties parameters = new Properties();
        parameters.setProperty("runId", Long.toString(runId));
        BatchRuntime.getJobOperator().start(JOB, parameters);
    }

    private static String node() {
        return ManagementFactory.getRuntimeMXBean().getName();
    }
}
