package dev.gemba.survey.control;

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
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** On every node: launches due campaigns and queues due reminders (GEMBA_SURVEY_SCHEDULER_SECONDS, 30). */
@Singleton
@Startup
@DependsOn("ApplicationStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CampaignScheduler {

    private static final Logger LOG = Logger.getLogger(CampaignScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @EJB
    CampaignLauncher launcher;

    @Inject
    @ConfigProperty(name = "gemba.survey.scheduler.seconds", defaultValue = "30")
    int seconds;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = executor.scheduleWithFixedDelay(this::tick, seconds, seconds, TimeUnit.SECONDS);
    }

    private void tick() {
        try {
            Instant now = Instant.now();
            int launched = launcher.launchDue(now);
            int reminded = launcher.remindDue(now);
            if (launched + reminded > 0) {
                LOG.info(() -> "Surveys: " + launched + " campaigns launched, " + reminded + " reminders queued");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Survey campaign scheduling failed; next try in " + seconds + " s", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
