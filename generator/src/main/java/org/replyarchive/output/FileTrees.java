package org.replyarchive.output;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Removing a folder and everything in it, without following links out of it. */
public final class FileTrees {

    private FileTrees() {}

    /** Deletes {@code root} and its contents; a link inside is removed, never what it points to. */
    public static void delete(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Deletes a folder of this generator's, its marker last: a delete interrupted at any point leaves either a
     * folder still marked as ours or an empty one, never an unmarked folder that the next build must refuse.
     */
    static void deleteMarkerLast(Path root, FileWriting disk) throws IOException {
        delete(root, disk, root.resolve(StagingOutput.MARKER));
    }

    /** Deletes {@code root} through {@code disk}, the file {@code last} (the one that tells what it is) last. */
    static void delete(Path root, FileWriting disk, Path last) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!file.equals(last)) {
                    disk.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                if (!dir.equals(root)) {
                    disk.delete(dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        disk.delete(last);
        disk.delete(root);
    }
}
