package org.replyarchive.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Every change the output stage makes to the disk, as one small seam: tests put a faulty implementation here
 * to make a build fail, run out of space or "die" at any single step, and then check the disk.
 */
public interface FileWriting {

    void write(Path file, byte[] content) throws IOException;

    void createDirectories(Path folder) throws IOException;

    /** Makes {@code link} a hard link to {@code existing}, or a copy where the file system has no hard links. */
    void linkOrCopy(Path link, Path existing) throws IOException;

    /** Renames {@code from} to {@code to} in one step: no reader ever sees half of it. */
    void rename(Path from, Path to) throws IOException;

    void delete(Path path) throws IOException;

    /**
     * Whether entries can be added to and removed from {@code folder}: every folder of the old site must be
     * emptied after the swap, so one that cannot be is refused before the build starts. Tests that run as root,
     * for whom every folder is writable, put a read-only folder here.
     */
    default boolean canChange(Path folder) {
        return Files.isWritable(folder);
    }

    /** The bytes a new file may still take on the file system that holds {@code existing}, an existing path. */
    default long usableSpace(Path existing) throws IOException {
        return Files.getFileStore(existing).getUsableSpace();
    }

    /** The disk itself. */
    FileWriting SYSTEM = new FileWriting() {
        @Override
        public void write(Path file, byte[] content) throws IOException {
            Files.write(file, content);
        }

        @Override
        public void createDirectories(Path folder) throws IOException {
            Files.createDirectories(folder);
        }

        @Override
        public void linkOrCopy(Path link, Path existing) throws IOException {
            try {
                Files.createLink(link, existing);
            } catch (UnsupportedOperationException | IOException e) {
                Files.copy(existing, link, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        @Override
        public void rename(Path from, Path to) throws IOException {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                // Siblings are on one file system, so this happens only on exotic ones; a plain move is the best left.
                Files.move(from, to);
            }
        }

        @Override
        public void delete(Path path) throws IOException {
            Files.deleteIfExists(path);
        }
    };
}
