package org.replyarchive.output;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Checks, before a build writes anything, that the disk of the output folder can hold the new site beside the
 * old one (the swap keeps both until the new one stands): a build that would run out of space half-way fails at
 * once, with both figures, and the old site is untouched.
 *
 * <p>The new site is estimated as big as the previous one, when there is one; else as {@value #FIXED_BYTES}
 * bytes and {@value #CONTENT_FACTOR} times the content folder. Measured on this project's archives (each file
 * rounded up to 4 KiB blocks, content → site): the test fixture of 23 short replies 228 KiB → 2.3 MiB, the real
 * archive 528 KiB → 2.7 MiB, 50 synthetic replies 2.2 → 10.7 MiB, 400 of them 16.4 → 68.7 MiB. A straight line
 * through the synthetic ones has about 2 MiB fixed (theme assets, home, browse pages, data) and 4.1 times the
 * content; the constants leave room above every measured site, the small ones most of all, whose pages per byte
 * of content are many. A build that patches the site in place needs room only for the files it changes, which
 * it cannot know beforehand: it is held to the fixed part alone (a patch that fills the disk still fails
 * with the old site intact), and it does not walk the previous site, whose 50,000 files at 5,000 replies
 * would cost an incremental build more than its patch.
 */
public final class FreeSpace {

    /** The site's size in multiples of its content folder's, at most, besides the fixed part; measured above. */
    static final int CONTENT_FACTOR = 6;

    /** What a site of nearly no content takes, at most: theme assets, home and browse pages, open data. */
    static final long FIXED_BYTES = 4L << 20;

    /** Files take whole blocks; 4 KiB is the block of ext4, XFS and tmpfs by default. */
    private static final long BLOCK = 4096;

    private FreeSpace() {}

    /**
     * @throws UnsafeOutputException when the usable space of the output's file system is less than the estimate
     */
    public static void refuseShortage(Path output, Path contentDirectory, FileWriting disk, boolean patchInPlace) {
        if (patchInPlace) {
            refuse(output, FIXED_BYTES, disk, "room for changed pages");
            return;
        }
        boolean previous = Files.isRegularFile(output.resolve(StagingOutput.MARKER));
        long needed;
        long usable;
        try {
            needed = previous ? allocated(output) : FIXED_BYTES + CONTENT_FACTOR * allocated(contentDirectory);
            usable = disk.usableSpace(nearestExisting(output));
        } catch (IOException e) {
            return; // what cannot be measured is not refused; a failing write still says the disk is full
        }
        if (usable < needed) {
            throw new UnsafeOutputException(String.format(Locale.ROOT, "Not enough space for the new site beside the"
                    + " old one on the disk of %s: the build needs about %s (%s) but %s are free — free some space or"
                    + " choose an outputDirectory on another disk; the previous site is unchanged", output,
                    size(needed), previous ? "the size of the previous site" : size(FIXED_BYTES) + " and "
                            + CONTENT_FACTOR + " times the content folder's " + size((needed - FIXED_BYTES)
                                    / CONTENT_FACTOR), size(usable)));
        }
    }

    private static void refuse(Path output, long needed, FileWriting disk, String what) {
        long usable;
        try {
            usable = disk.usableSpace(nearestExisting(output));
        } catch (IOException e) {
            return;
        }
        if (usable < needed) {
            throw new UnsafeOutputException(String.format(Locale.ROOT, "Not enough space to update the site on the"
                    + " disk of %s: the build needs at least %s (%s) but %s are free — free some space or choose an"
                    + " outputDirectory on another disk; the previous site is unchanged", output, size(needed), what,
                    size(usable)));
        }
    }

    /** The bytes the files under {@code folder} take, each rounded up to whole blocks; 0 for no folder. */
    static long allocated(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        long[] total = {0};
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                total[0] += (attrs.size() + BLOCK - 1) / BLOCK * BLOCK;
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // reported where the build reads it
            }
        });
        return total[0];
    }

    private static Path nearestExisting(Path path) {
        Path existing = path.toAbsolutePath();
        while (existing.getParent() != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing;
    }

    /** A size as people read it: {@code 3.2 MiB}, {@code 512 KiB}. */
    static String size(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
        }
        return String.format(Locale.ROOT, "%,d KiB", (bytes + 1023) / 1024);
    }
}
