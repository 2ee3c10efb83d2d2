package org.replyarchive.serve;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * The build version that open pages follow: every rebuild, good or bad, publishes a new version, and each
 * page reloads when the version it was served with is no longer the current one. Thread-safe.
 */
final class ReloadChannel {

    private long version;
    private boolean closed;

    /** The current version. */
    synchronized long version() {
        return version;
    }

    /**
     * Publishes a new version, lets {@code beforeWaking} record what goes with it, then wakes everyone
     * waiting: a page that reloads at once must already find the new state, or it would reload twice.
     */
    synchronized long publish(java.util.function.LongConsumer beforeWaking) {
        version++;
        beforeWaking.accept(version);
        notifyAll();
        return version;
    }

    /**
     * Waits until the version differs from {@code seen}, at most {@code timeout}.
     *
     * @return the current version, or empty once the channel is closed
     */
    synchronized OptionalLong await(long seen, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!closed && version == seen) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return closed ? OptionalLong.empty() : OptionalLong.of(version);
    }

    /** Ends every wait; the channel publishes nothing more. */
    synchronized void close() {
        closed = true;
        notifyAll();
    }
}
