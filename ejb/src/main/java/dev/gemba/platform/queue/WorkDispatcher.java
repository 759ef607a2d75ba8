package dev.gemba.platform.queue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the work queue on container-managed threads: a few pollers claim small batches and hand
 * each item to the {@link WorkHandler} of its kind, or the batch's items of one kind together to a
 * {@link BatchWorkHandler}. Failures go back to the queue with back-off.
 */
@Singleton
@Startup
@DependsOn("ApplicationStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WorkDispatcher {

    private static final Logger LOG = Logger.getLogger(WorkDispatcher.class.getName());
    private static final int BATCH = 20;

    @Resource
    ManagedScheduledExecutorService executor;

    @EJB
    WorkQueue queue;

    @Inject
    @Any
    Instance<WorkHandler> handlerBeans;

    @Inject
    @Any
    Instance<WorkHandlerProvider> handlerProviders;

    @Inject
    @ConfigProperty(name = "gemba.queue.workers", defaultValue = "2")
    int workers;

    @Inject
    @ConfigProperty(name = "gemba.queue.poll.ms", defaultValue = "200")
    long pollMillis;

    private final String node = ManagementFactory.getRuntimeMXBean().getName();
    private final List<ScheduledFuture<?>> pollers = new ArrayList<>();
    private Map<String, WorkHandler> handlers;
    private volatile boolean stopping;

    @PostConstruct
    void start() {
        handlers = Stream.concat(
                        handlerBeans.stream(), handlerProviders.stream().flatMap(p -> p.handlers().stream()))
                .collect(Collectors.toMap(WorkHandler::kind, Function.identity()));
        for (int i = 0; i < workers; i++) {
            pollers.add(executor.scheduleWithFixedDelay(this::drain, pollMillis, pollMillis, TimeUnit.MILLISECONDS));
        }
        pollers.add(executor.scheduleWithFixedDelay(
                () -> queue.releaseAbandoned(Duration.ofMinutes(5)), 1, 1, TimeUnit.MINUTES));
        LOG.info(() -> "Work queue: " + workers + " workers on " + node + " for " + handlers.keySet());
    }

    @PreDestroy
    void stop() {
        stopping = true;
        pollers.forEach(p -> p.cancel(false));
    }

    /** Claims and processes batches until the queue has nothing ready. */
    void drain() {
        try {
            List<ClaimedWork> batch;
            do {
                batch = stopping ? List.of() : queue.claim(BATCH, node);
                batch.stream()
                        .collect(Collectors.groupingBy(ClaimedWork::kind, LinkedHashMap::new, Collectors.toList()))
                        .values()
                        .forEach(this::process);
            } while (!batch.isEmpty());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Work queue poll failed; retrying", e);
        }
    }

    /** Runs items of one kind together when their handler allows it; a failed batch runs item by item. */
    private void process(List<ClaimedWork> works) {
        if (works.size() > 1 && handlers.get(works.get(0).kind()) instanceof BatchWorkHandler batching) {
            try {
                queue.processAll(batching, works);
                return;
            } catch (Exception e) {
                LOG.log(Level.FINE, () -> "Batch of " + works.size() + " failed, running item by item: " + describe(e));
            }
        }
        works.forEach(this::process);
    }

    private void process(ClaimedWork work) {
        WorkHandler handler = handlers.get(work.kind());
        try {
            if (handler == null) {
                throw new IllegalStateException("no handler for work kind " + work.kind());
            }
            queue.process(handler, work);
        } catch (Exception e) {
            String error = describe(e);
            boolean dead = queue.fail(work.id(), error);
            LOG.log(
                    dead ? Level.WARNING : Level.FINE,
                    () -> "Work " + work + " failed" + (dead ? " for good: " : ": ") + error);
            if (dead && handler != null) {
                handler.gaveUp(work.subjectId(), error);
            }
        }
    }

    /** The innermost message, without EJB wrappers. */
    static String describe(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
