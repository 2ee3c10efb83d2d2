package org.replyarchive.pipeline;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.replyarchive.build.BuildListener;

/**
 * Reports a long stage the way Maven users expect: a line now and then with the count so far and the rate,
 * never a line per file, and a closing line with the stage's figures.
 */
final class Progress {

    /** How long a stage runs before it reports how far it has come, and how often after. */
    private static final long INTERVAL_NANOS = 5_000_000_000L;

    private final BuildListener listener;
    private final String stage;
    private final String unit;
    private final int total;
    private final long start = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private long lastReport = start;

    Progress(BuildListener listener, String stage, String unit, int total) {
        this.listener = listener;
        this.stage = stage;
        this.unit = unit;
        this.total = total;
    }

    /** Counts one item done; from any thread. */
    void step() {
        int count = done.incrementAndGet();
        long now = System.nanoTime();
        if (now - lastReport >= INTERVAL_NANOS) {
            report(count, now);
        }
    }

    /** Counts {@code count} items done at once, without a line of its own. */
    void steps(int count) {
        done.addAndGet(count);
    }

    private synchronized void report(int count, long now) {
        if (now - lastReport < INTERVAL_NANOS) {
            return;
        }
        lastReport = now;
        listener.info(String.format(Locale.ROOT, "%s: %,d/%,d %s, %,.0f %s/s", stage, count, total, unit,
                rate(count, now), unit));
    }

    /** The closing line of the stage, with {@code detail} after the count. */
    void finish(String detail) {
        long now = System.nanoTime();
        listener.info(String.format(Locale.ROOT, "%s: %,d %s%s in %.2f s, %,.0f %s/s", stage, done.get(), unit,
                detail.isEmpty() ? "" : " (" + detail + ")", (now - start) / 1e9, rate(done.get(), now), unit));
    }

    int done() {
        return done.get();
    }

    private double rate(int count, long now) {
        double seconds = (now - start) / 1e9;
        return seconds <= 0 ? 0 : count / seconds;
    }
}
