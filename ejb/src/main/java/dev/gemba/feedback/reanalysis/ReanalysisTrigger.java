package dev.gemba.feedback.reanalysis;

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

/**
 * Shortly after start-up, on every node: starts the re-analysis for a new model version, and
 * every minute resumes runs that a stopped node left behind.
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

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = executor.scheduleWithFixedDelay(this::check, 15, 60, TimeUnit.SECONDS);
    }

    private void check() {
        try {
            runs.resumeStale(Instant.now());
            runs.startIfOutdated();
        } catch (RuntimeException e) {
            // two nodes creating the same run: the other one won
            LOG.log(Level.FINE, "Re-analysis check", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
