package org.replyarchive.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Watches folders and everything below them with the platform's {@link WatchService}, and reports each
 * burst of changes once, after {@code debounce} without further change: an editor that saves through a
 * temporary file, or a {@code git checkout} of many files, gives one rebuild. Folders created later are
 * watched too. Hidden files and editor backups ({@code .x.swp}, {@code x~}, {@code .#x}) are ignored.
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

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Duration debounce;
    private final Predicate<Path> ignored;
    private final Consumer<Set<Path>> listener;
    private final Thread thread;

    private ChangeWatcher(List<Path> roots, Duration debounce, Predicate<Path> ignored, Consumer<Set<Path>> listener)
            throws IOException {
        this.service = roots.get(0).getFileSystem().newWatchService();
        this.debounce = debounce;
        this.ignored = ignored;
        this.listener = listener;
        for (Path root : roots) {
            registerAll(root.toAbsolutePath().normalize());
        }
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
            watcher.thread.start();
            return watcher;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot watch " + roots + " for changes", e);
        }
    }

    private void loop() {
        try {
            while (true) {
                Set<Path> changed = new TreeSet<>();
                drain(service.take(), changed);
                WatchKey next;
                while ((next = service.poll(Math.max(1, debounce.toMillis()), TimeUnit.MILLISECONDS)) != null) {
                    drain(next, changed);
                }
                if (!changed.isEmpty()) {
                    listener.accept(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // close() was called: the watcher ends.
        }
    }

    private void drain(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null) {
                continue;
            }
            if (event.kind() == OVERFLOW) {
                changed.add(folder);
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (isIgnored(path)) {
                continue;
            }
            changed.add(path);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                registerQuietly(path, changed);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private boolean isIgnored(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".tmp") || ignored.test(path);
    }

    /** Watches a folder created after the start, and counts the files it already holds as changed. */
    private void registerQuietly(Path folder, Set<Path> changed) {
        try {
            registerAll(folder);
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(Files::isRegularFile).filter(p -> !isIgnored(p)).forEach(changed::add);
            }
        } catch (IOException | UncheckedIOException e) {
            changed.add(folder); // it vanished again; the rebuild will tell what is there
        }
    }

    private void registerAll(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) throws IOException {
                if (!folder.equals(root) && isIgnored(folder)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                folders.put(folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Stops watching; the listener hears nothing more once a burst under way has been reported. */
    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop watching for changes", e);
        } finally {
            thread.interrupt();
        }
    }
}
