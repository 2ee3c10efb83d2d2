package org.replyarchive.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.slf4j.helpers.NOPLogger;

/**
 * Watches folders and everything below them with directory-watcher (native on macOS, where the JDK's
 * {@code WatchService} only polls every few seconds; the JDK's service elsewhere), and reports each burst of
 * changes once, after {@code debounce} without further change: an editor that saves through a temporary file,
 * or a {@code git checkout} of many files, gives one rebuild. Folders created later are watched too. Hidden
 * files and folders and editor backups ({@code .x.swp}, {@code x~}, {@code .#x}) are ignored.
 *
 * <pre>{@code
 * try (ChangeWatcher watcher = ChangeWatcher.start(List.of(content), Duration.ofMillis(200), p -> false,
 *         changed -> System.out.println("changed: " + changed))) {
 *     …
 * }
 * }</pre>
 *
 * The listener runs on the watcher's own thread, one burst at a time; changes made while it runs form the
 * next burst.
 */
public final class ChangeWatcher implements AutoCloseable {

    private final DirectoryWatcher watcher;
    private final List<Path> roots;
    private final BlockingQueue<Path> changes = new LinkedBlockingQueue<>();
    private final Duration debounce;
    private final Predicate<Path> ignored;
    private final Consumer<Set<Path>> listener;
    private final Thread thread;

    private ChangeWatcher(List<Path> roots, Duration debounce, Predicate<Path> ignored, Consumer<Set<Path>> listener)
            throws IOException {
        this.roots = roots.stream().map(root -> root.toAbsolutePath().normalize()).toList();
        this.debounce = debounce;
        this.ignored = ignored;
        this.listener = listener;
        // The library's own log lines would only repeat what the rebuild reports.
        this.watcher = DirectoryWatcher.builder().paths(this.roots).listener(this::heard).fileHashing(false)
                .logger(NOPLogger.NOP_LOGGER).build();
        this.thread = new Thread(this::loop, "reply-archive-watcher");
        thread.setDaemon(true);
    }

    /**
     * Starts watching {@code roots} (existing folders).
     *
     * @param ignored paths whose changes are not reported, e.g. the output folder when it lies inside a root
     * @param listener hears the changed paths of each burst, sorted
     */
    public static ChangeWatcher start(
            List<Path> roots, Duration debounce, Predicate<Path> ignored, Consumer<Set<Path>> listener) {
        if (roots.isEmpty()) {
            throw new IllegalArgumentException("roots must name at least one folder to watch");
        }
        try {
            ChangeWatcher watcher = new ChangeWatcher(List.copyOf(roots), debounce, ignored, listener);
            watcher.watcher.watchAsync();
            watcher.thread.start();
            return watcher;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot watch " + roots + " for changes", e);
        }
    }

    /** Runs on the library's thread: queues the change for the debouncing loop. */
    private void heard(DirectoryChangeEvent event) {
        Path path = event.path() == null ? event.rootPath() : event.path().toAbsolutePath().normalize();
        if (path == null || isIgnored(path)) {
            return;
        }
        changes.add(path);
        if (event.eventType() == DirectoryChangeEvent.EventType.CREATE && event.isDirectory()) {
            filesIn(path);
        }
    }

    private void loop() {
        try {
            while (true) {
                Set<Path> changed = new TreeSet<>();
                changed.add(changes.take());
                Path next;
                while ((next = changes.poll(Math.max(1, debounce.toMillis()), TimeUnit.MILLISECONDS)) != null) {
                    changed.add(next);
                }
                listener.accept(changed);
            }
        } catch (InterruptedException e) {
            // close() was called: the watcher ends.
        }
    }

    /** Whether a change at {@code path} is noise: hidden, an editor's backup, or below an ignored folder. */
    private boolean isIgnored(Path path) {
        Path root = roots.stream().filter(path::startsWith).findFirst().orElse(null);
        if (root == null || ignored.test(path)) {
            return true;
        }
        for (Path part : root.relativize(path)) {
            String name = part.toString();
            if (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                    || name.endsWith(".tmp")) {
                return true;
            }
        }
        return false;
    }

    /** Counts the files a new folder already holds as changed: they may have arrived before it was watched. */
    private void filesIn(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile).filter(p -> !isIgnored(p)).forEach(changes::add);
        } catch (IOException | UncheckedIOException e) {
            // it vanished again; the rebuild will tell what is there
        }
    }

    /** Stops watching; the listener hears nothing more once a burst under way has been reported. */
    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop watching for changes", e);
        } finally {
            thread.interrupt();
        }
    }
}
