package org.replyarchive.pipeline;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

/**
 * The threads of one build. Parallel streams started inside {@link #run} use this pool instead of the shared
 * one, so that when one page fails the build can stop every other worker before it deletes the staging folder
 * (a worker still writing would otherwise recreate folders in it as it is deleted).
 */
final class BuildWorkers implements AutoCloseable {

    private final ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());

    /** Runs {@code work} in this build's pool and rethrows what it threw, as it was thrown. */
    void run(Runnable work) {
        try {
            pool.submit(work).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The build was interrupted", e);
        }
    }

    /** Cancels the work not yet started and waits for the workers still running to finish their page. */
    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
