package dev.gemba.nlp.opennlp;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Reuses OpenNLP {@code *ME} tools, which are not thread-safe and costly to create (a
 * part-of-speech tagger takes longer to create than to tag a tweet): a caller borrows a tool,
 * uses it alone and releases it. Each pool belongs to one analyser and is collected with it (no
 * {@code ThreadLocal}); it keeps at most {@link #MAX_IDLE} idle tools. Thread-safe.
 */
final class ToolPool<T> {

    static final int MAX_IDLE = 16;

    private final Supplier<T> factory;
    private final Queue<T> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();

    ToolPool(Supplier<T> factory) {
        this.factory = factory;
    }

    /** A tool that no other thread uses until it is released. */
    T borrow() {
        T tool = idle.poll();
        if (tool == null) {
            return factory.get();
        }
        idleCount.decrementAndGet();
        return tool;
    }

    /** Gives a borrowed tool back; the caller must not use it afterwards. */
    void release(T tool) {
        if (idleCount.incrementAndGet() <= MAX_IDLE) {
            idle.offer(tool);
        } else {
            idleCount.decrementAndGet();
        }
    }
}
