package dev.gemba.analysis.control;

import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;

import dev.gemba.analysis.boundary.ReanalysisService;

/**
 * On every node: shortly after start-up, starts the re-analysis for a new model version; every
 * minute, resumes runs that a stopped node left behind.
 */
@Singleton
@Startup
@DependsOn("ApplicationStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReanalysisTrigger {

    private static final Logger LOG = Logger.getLogger(ReanalysisTrigger.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @EJB
    ReanalysisService runs;

    private ScheduledFuture<?> resumer;

    @PostConstruct
    void start() {
        // the model only changes with a deployment: one look after start-up is enough
        executor.schedule(this::startIfOutdated, 15, TimeUnit.SECONDS);
        resumer = executor.scheduleWithFixedDelay(this::resume, 60, 60, TimeUnit.SECONDS);
    }

    private void startIfOutdated() {
        try {
            runs.startIfOutdated();
        } catch (RuntimeException e) {
            // two nodes creating the same run: the other one won
            LOG.log(Level.FINE, "Re-analysis start", e);
        }
    }

    private void resume() {
        try {
            runs.resumeStale(Instant.now());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not resume re-analysis runs", e);
        }
    }

    @PreDestroy
    void stop() {
        if (resumer != null) {
            resumer.cancel(false);
        }
    }
}
