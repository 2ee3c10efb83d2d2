package org.replyarchive.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * One build at a time per output folder: an operating-system lock on {@code .<output>.lock} beside it, whose
 * text names the owner (PID, start time). The system drops the lock when its process dies, even by
 * {@code kill -9}, so a crashed build never blocks the next one.
 *
 * <p>The file is emptied, not deleted, on release: deleting it would let two builds lock two different files
 * of the same name.
 */
public final class OutputLock implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);

    /**
     * The lock files this JVM holds. Closing any channel of a locked file drops the process's lock on POSIX
     * systems, so a second build in the same JVM must not even open the file while the first holds it.
     */
    private static final java.util.Set<Path> HELD_HERE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of {@code output}. */
    public static Path fileOf(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code output}, waiting up to {@code timeout} for another build to finish.
     *
     * @param waiting told once, with the owner's description, when another build holds the lock
     * @throws UnsafeOutputException when the other build still holds it after {@code timeout}
     */
    public static OutputLock acquire(Path output, Duration timeout, Consumer<String> waiting) {
        Path file = fileOf(output);
        Instant deadline = Instant.now().plus(timeout);
        boolean told = false;
        try {
            Files.createDirectories(file.getParent());
            while (true) {
                String owner = "another build in this JVM";
                if (HELD_HERE.add(file)) {
                    Object attempt = attempt(file);
                    if (attempt instanceof OutputLock taken) {
                        return taken;
                    }
                    owner = (String) attempt;
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new UnsafeOutputException("Another build (" + owner + ") is writing to " + output
                            + " and still held " + file + " after " + timeout.toSeconds() + " s — wait for it to"
                            + " finish, or give this build another outputDirectory");
                }
                if (!told) {
                    waiting.accept("Waiting for another build (" + owner + ") to finish writing " + output);
                    told = true;
                }
                Thread.sleep(POLL.toMillis());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock " + file + " — the folder holding the output must be"
                    + " writable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnsafeOutputException("Interrupted while waiting for another build to finish writing " + output);
        }
    }

    /** The lock, or the description of the other process that holds it. */
    private static Object attempt(Path file) throws IOException {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock != null) {
                String me = "PID " + ProcessHandle.current().pid() + ", started " + Instant.now();
                channel.truncate(0).write(ByteBuffer.wrap((me + "\n").getBytes(StandardCharsets.UTF_8)), 0);
                return new OutputLock(file, channel, lock);
            }
            String owner = owner(channel);
            channel.close();
            HELD_HERE.remove(file);
            return owner;
        } catch (IOException | RuntimeException e) {
            HELD_HERE.remove(file);
            if (channel != null) {
                channel.close();
            }
            throw e;
        }
    }

    /** The lock, or null when another process, or another build in this one, holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static String owner(FileChannel channel) throws IOException {
        ByteBuffer text = ByteBuffer.allocate(200);
        channel.read(text, 0);
        String owner = new String(text.array(), 0, text.position(), StandardCharsets.UTF_8).strip();
        return owner.isEmpty() ? "owner unknown" : owner;
    }

    /** Releases the lock and empties the file, so that it no longer names this build. */
    @Override
    public void close() {
        try (channel) {
            channel.truncate(0);
            lock.release();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot release " + file, e);
        } finally {
            HELD_HERE.remove(file);
        }
    }
}
