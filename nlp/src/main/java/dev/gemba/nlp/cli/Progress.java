package dev.gemba.nlp.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a long command on standard error, so that standard output stays the result: a line
 * at most every {@link #INTERVAL_NANOS} (and none for a run shorter than that), with the count,
 * the share when the total is known, and the rate. Not thread-safe; one per command.
 */
final class Progress {

    /** Ten seconds between lines: enough to see a long run move, few enough not to clutter. */
    static final long INTERVAL_NANOS = 10_000_000_000L;

    private final PrintWriter err;
    private final String what;
    private final long total;
    private final LongSupplier clock;
    private final long started;
    private long lastReport;

    Progress(PrintWriter err, String what, long total, LongSupplier clock) {
        this.err = err;
        this.what = what;
        this.total = total;
        this.clock = clock;
        this.started = clock.getAsLong();
        this.lastReport = started;
    }

    /** Reports {@code done} units if the last report is long enough ago. */
    void update(long done) {
        long now = clock.getAsLong();
        if (now - lastReport < INTERVAL_NANOS) {
            return;
        }
        lastReport = now;
        double seconds = (now - started) / 1e9;
        String share = total > 0 ? String.format(Locale.ROOT, " of %,d (%.0f %%)", total, 100.0 * done / total) : "";
        err.printf(Locale.ROOT, "%s: %,d%s in %.0f s, %,.0f/s%n", what, done, share, seconds, done / seconds);
        err.flush();
    }

    /** A step of a run with few steps (a fold, the final model): always reported. */
    void step(String message) {
        err.printf(Locale.ROOT, "%s: %s (%.0f s)%n", what, message, (clock.getAsLong() - started) / 1e9);
        err.flush();
    }
}
