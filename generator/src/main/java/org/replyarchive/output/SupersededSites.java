package org.replyarchive.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Removes old sites after their replacement is in place, on a thread of its own, for a process that builds
 * again and again (the dev server): on a slow disk, unlinking tens of thousands of files takes longer than the
 * rest of an incremental build. The old site stays marked until its last file is gone, so a process that ends
 * mid-way leaves a folder the next build's recovery recognises and removes; a build waits for removals still
 * under way before it looks at the output's siblings.
 */
final class SupersededSites {

    private static final ExecutorService REMOVER = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "reply-archive-old-site-removal");
        thread.setDaemon(true);
        return thread;
    });

    private static Future<?> last;

    private SupersededSites() {}

    /** Removes {@code folder} soon, marker last. */
    static synchronized void removeLater(Path folder, FileWriting disk) {
        last = REMOVER.submit(() -> {
            try {
                FileTrees.deleteMarkerLast(folder, disk);
            } catch (IOException e) {
                // Still marked: the next build's recovery removes it.
            }
        });
    }

    /** Waits until every removal asked for so far has ended. */
    static synchronized void awaitRemovals() {
        if (last == null) {
            return;
        }
        try {
            last.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // Nothing to do: a folder left behind is removed by recovery.
        }
        last = null;
    }
}
