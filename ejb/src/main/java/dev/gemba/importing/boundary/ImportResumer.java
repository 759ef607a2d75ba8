package dev.gemba.importing.boundary;

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

import dev.gemba.importing.control.ImportFiles;
import dev.gemba.importing.control.ImportRunner;

/**
 * Every half minute, on every node: imports whose node stopped reporting are resumed here. A
 * crashed single server resumes its own imports once they count as abandoned (two minutes).
 * Staged uploads nobody imported are deleted after a day.
 */
@Singleton
@Startup
@DependsOn("ApplicationStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportResumer {

    private static final Logger LOG = Logger.getLogger(ImportResumer.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @EJB
    ImportRunner imports;

    @jakarta.inject.Inject
    ImportFiles files;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = executor.scheduleWithFixedDelay(this::resume, 10, 30, TimeUnit.SECONDS);
    }

    private void resume() {
        try {
            imports.resumeStale(Instant.now());
            files.deleteStagedBefore(Instant.now().minus(java.time.Duration.ofDays(1)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not resume imports", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
