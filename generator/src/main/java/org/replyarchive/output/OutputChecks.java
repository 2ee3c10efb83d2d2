package org.replyarchive.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * What is checked of the output before a build writes anything, so that a build that cannot finish fails
 * while the previous site is still untouched; and the one wording of a failed write.
 */
final class OutputChecks {

    private OutputChecks() {}

    /** An ordinary file at the output path is someone's file, never replaced by a site. */
    static void refuseFile(Path output) {
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(output)) {
            throw new UnsafeOutputException("The output path " + output + " is a file, not a folder, and a build"
                    + " replaces the output whole — remove or rename the file, or choose another outputDirectory");
        }
    }

    /** A folder with files but no marker is someone's, never replaced by a site. */
    static void refuseForeignFolder(Path output) {
        if (!Files.isDirectory(output) || Files.isRegularFile(output.resolve(StagingOutput.MARKER))) {
            return;
        }
        try (java.util.stream.Stream<Path> entries = Files.list(output)) {
            if (entries.findAny().isPresent()) {
                throw new UnsafeOutputException("The output folder " + output + " holds files that no build of this"
                        + " generator wrote (it has no " + StagingOutput.MARKER + " file), and a build replaces the folder whole"
                        + " — choose an empty or new folder as outputDirectory, or empty this one yourself");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the output folder " + output, e);
        }
    }

    /**
     * The old site is deleted after the swap; a folder of it that cannot be emptied would make the build fail
     * after the new site is published, so it is refused before the build starts.
     */
    static void refuseReadOnly(Path output, FileWriting disk) {
        if (!Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(output, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    refuseReadOnlyFolder(output, dir, disk);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the output folder " + output, e);
        }
    }

    /** Refuses the folders that changing {@code paths} of the site at {@code output} changes, if one is read-only. */
    static void refuseReadOnlyFolders(Path output, java.util.Collection<String> paths, FileWriting disk) {
        java.util.Set<Path> folders = new java.util.TreeSet<>();
        for (String path : paths) {
            // A new folder is made in the nearest one that exists.
            Path folder = output.resolve(path).getParent();
            while (!folder.equals(output) && !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                folder = folder.getParent();
            }
            folders.add(folder);
        }
        folders.forEach(folder -> refuseReadOnlyFolder(output, folder, disk));
    }

    /** Refuses {@code folder}, a folder of the site at {@code output}, when the build cannot change it. */
    static void refuseReadOnlyFolder(Path output, Path folder, FileWriting disk) {
        if (!disk.canChange(folder)) {
            throw new UnsafeOutputException("The output folder " + output + " holds the read-only"
                    + " folder " + folder + ", so the previous site could not be replaced — make it"
                    + " writable (chmod -R u+w " + output + ") or choose another outputDirectory");
        }
    }

    /** The exception for a failed write in {@code folder}, naming a full disk as such. */
    static UncheckedIOException failure(String what, Path folder, IOException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (isDiskFull(e, folder)) {
            return new UncheckedIOException(what + ": the disk is full (" + freeSpace(folder) + " free) — free some"
                    + " space or choose an outputDirectory on another disk; the previous site is unchanged", e);
        }
        return new UncheckedIOException(what + ": " + reason, e);
    }

    private static boolean isDiskFull(IOException e, Path folder) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("no space left") || message.contains("disk quota exceeded");
    }

    private static String freeSpace(Path folder) {
        try {
            Path existing = folder;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            long bytes = existing == null ? 0 : Files.getFileStore(existing).getUsableSpace();
            return String.format(Locale.ROOT, "%,d KiB", bytes / 1024);
        } catch (IOException e) {
            return "unknown";
        }
    }
}
