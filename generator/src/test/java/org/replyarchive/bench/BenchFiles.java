package org.replyarchive.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The benchmark's file chores: sizes, counts, deleting and copying trees. */
final class BenchFiles {

    /** Files and bytes. */
    record Size(long files, long bytes) {}

    private BenchFiles() {}

    /** Deletes {@code dir} and everything in it; returns the number of files deleted. */
    static long deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        long files = 0;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                files += Files.isRegularFile(p) ? 1 : 0;
                Files.delete(p);
            }
        }
        return files;
    }

    /** The regular files under {@code dir} whose names end with {@code suffix}, and their bytes. */
    static Size sizeOf(Path dir, String suffix) throws IOException {
        return sizeOf(dir, p -> p.getFileName().toString().endsWith(suffix));
    }

    static Size sizeOf(Path dir, Predicate<Path> which) throws IOException {
        if (!Files.isDirectory(dir)) {
            return new Size(0, 0);
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            long[] total = new long[2];
            walk.filter(Files::isRegularFile).filter(which).forEach(p -> {
                total[0]++;
                total[1] += size(p);
            });
            return new Size(total[0], total[1]);
        }
    }

    static int count(Path dir, String suffix) throws IOException {
        return (int) sizeOf(dir, suffix).files();
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies the tree {@code from} to {@code to} as hard links where the file system allows (instantly, whatever
     * the archive's size), else as copies. Edit such a copy only with {@link #replace}, which never writes
     * through a link into the original.
     */
    static void linkTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    link(source, target);
                }
            }
        }
    }

    private static void link(Path source, Path target) throws IOException {
        try {
            Files.createLink(target, source);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    /** Replaces {@code file} by a new file holding {@code text}: a new inode, so a hard-linked original is untouched. */
    static void replace(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".bench-tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
