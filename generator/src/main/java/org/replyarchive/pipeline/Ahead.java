package org.replyarchive.pipeline;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Work started before the build needs its result, on a daemon thread of its own, so that it runs while the
 * build's main thread does something else (the templates parse while the content loads). {@link #get} waits for
 * it and rethrows what it threw, as it was thrown. Work whose result is never asked for is simply dropped.
 */
final class Ahead<T> {

    private final CompletableFuture<T> result;

    private Ahead(CompletableFuture<T> result) {
        this.result = result;
    }

    static <T> Ahead<T> start(String name, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return new Ahead<>(result);
    }

    T get() {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
