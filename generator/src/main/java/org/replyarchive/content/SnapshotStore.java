package org.replyarchive.content;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Where a process keeps its builds' {@link LoadSnapshot}s: each written on a thread of its own while the build
 * goes on with rendering, and the last one kept in memory (as long as memory allows), so that a process that
 * builds again and again — {@code serve} — reads the file back only when something else replaced it.
 */
final class SnapshotStore {

    /** A snapshot, and the stamp its file had once written or read. */
    private record Remembered(Path file, String stamp, LoadSnapshot snapshot) {}

    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(task -> {
        // A write cut short by the process ending leaves the previous snapshot, which stays true of its files.
        Thread thread = new Thread(task, "reply-archive-snapshot");
        thread.setDaemon(true);
        return thread;
    });

    private static volatile SoftReference<Remembered> last = new SoftReference<>(null);

    private SnapshotStore() {}

    /**
     * The snapshot in {@code folder} written for {@code engine}, read on the thread that writes snapshots, so
     * that the build stamps the content meanwhile: after any write asked before, as that thread takes one task
     * at a time.
     */
    static CompletableFuture<Optional<LoadSnapshot>> read(Path folder, String engine) {
        return CompletableFuture.supplyAsync(() -> readNow(folder, engine), WORKER)
                .exceptionally(e -> Optional.empty()); // only a cost: the build loads everything
    }

    private static Optional<LoadSnapshot> readNow(Path folder, String engine) {
        Path file = LoadSnapshot.file(folder);
        Optional<String> stamp = stamp(file);
        Remembered remembered = last.get();
        if (remembered != null && stamp.isPresent() && remembered.file().equals(file)
                && remembered.stamp().equals(stamp.get())) {
            return Optional.of(remembered.snapshot()).filter(s -> s.engine().equals(engine));
        }
        Optional<LoadSnapshot> read = LoadSnapshot.read(folder, engine);
        read.ifPresent(snapshot -> stamp.ifPresent(s -> last = new SoftReference<>(new Remembered(file, s, snapshot))));
        return read;
    }

    /** Writes {@code snapshot} into {@code folder} in the background; the future tells when it is done. */
    static CompletableFuture<Void> write(LoadSnapshot snapshot, Path folder) {
        CompletableFuture<Void> written = CompletableFuture.runAsync(() -> {
            snapshot.write(folder);
            Path file = LoadSnapshot.file(folder);
            stamp(file).ifPresent(s -> last = new SoftReference<>(new Remembered(file, s, snapshot)));
        }, WORKER).exceptionally(e -> null); // only a cost: the next build loads more
        return written;
    }

    /** Size, time and identity on disk: a snapshot written anew is a new file (it is renamed into place). */
    private static Optional<String> stamp(Path file) {
        try {
            return Optional.of(ContentStamps.stamp(Files.readAttributes(file, BasicFileAttributes.class)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
