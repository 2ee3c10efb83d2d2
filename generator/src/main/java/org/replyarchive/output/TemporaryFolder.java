package org.replyarchive.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A folder of the system's temporary space that lives as long as one operation: a check builds its site
 * there, never into the real output. Everything in it is removed on {@link #close()}.
 *
 * <pre>{@code
 * try (TemporaryFolder temp = TemporaryFolder.create("reply-archive-check-")) {
 *     Path site = temp.path().resolve("site"); // build and check there
 * }
 * }</pre>
 */
public final class TemporaryFolder implements AutoCloseable {

    private final Path path;

    private TemporaryFolder(Path path) {
        this.path = path;
    }

    /** Creates a new, empty temporary folder whose name starts with {@code prefix}. */
    public static TemporaryFolder create(String prefix) {
        try {
            return new TemporaryFolder(Files.createTempDirectory(prefix).toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary folder", e);
        }
    }

    public Path path() {
        return path;
    }

    /**
     * Copies the files of {@code source} whose relative path ({@code /} separators) {@code include} accepts
     * into {@code target}, a folder inside this one that is emptied first.
     *
     * @return {@code target}
     */
    public Path copyInto(String target, Path source, Predicate<String> include) {
        Path into = path.resolve(target).normalize();
        if (!into.startsWith(path) || into.equals(path)) {
            throw new IllegalArgumentException("target must be a folder inside the temporary folder, got " + target);
        }
        try (Stream<Path> walk = Files.walk(source)) {
            FileTrees.delete(into);
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = source.relativize(file).toString().replace('\\', '/');
                if (include.test(relative)) {
                    Path copy = into.resolve(relative);
                    Files.createDirectories(copy.getParent());
                    Files.copy(file, copy);
                }
            }
            Files.createDirectories(into);
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + source + " into " + into, e);
        }
    }

    /** Removes the folder and everything in it. */
    @Override
    public void close() {
        try {
            FileTrees.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the temporary folder " + path, e);
        }
    }
}
