package org.replyarchive.fork;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.replyarchive.config.BuildConfig;
import org.replyarchive.content.CachedLoading;

/**
 * Whether a build is likely to change little: a cache and a site from an earlier build are there, and since that
 * build loaded its content at most {@value #MOST_REPLY_FILES} reply files were edited and nothing else (no
 * registry, settings, free page or theme file, and no jar of the engine: a new engine renders every page). Such
 * a build takes almost every file over, and lasts a second or two; a build that renders much lasts tens of
 * seconds at scale. Only a guess from file times, made before anything is read: a wrong one costs time, never
 * a different site.
 */
public final class SmallChange {

    /** More edited replies than this, and the build renders enough for the optimising compiler to pay. */
    static final int MOST_REPLY_FILES = 10;

    private SmallChange() {}

    public static boolean likely(BuildConfig config) {
        return likely(config, List.of());
    }

    /** Like {@link #likely(BuildConfig)}, for an engine whose class path is {@code engine}. */
    public static boolean likely(BuildConfig config, List<Path> engine) {
        if (config.cacheDirectory().isEmpty() || !Files.isDirectory(config.outputDirectory())) {
            return false;
        }
        Path snapshot = CachedLoading.snapshotFile(config.cacheDirectory().get());
        try {
            if (!Files.isRegularFile(snapshot)) {
                return false;
            }
            FileTime loaded = Files.getLastModifiedTime(snapshot);
            for (Path jar : engine) {
                if (Files.isRegularFile(jar) && Files.getLastModifiedTime(jar).compareTo(loaded) >= 0) {
                    return false;
                }
            }
            Optional<Path> theme = config.themeDirectory().filter(Files::isDirectory);
            if (theme.isPresent() && editedSince(theme.get(), loaded, false) != 0) {
                return false;
            }
            int replies = editedSince(config.contentDirectory(), loaded, true);
            return replies >= 0 && replies <= MOST_REPLY_FILES;
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /**
     * How many files under {@code folder} are newer than {@code since}; -1 as soon as one of them is not a reply
     * file (or any one, unless {@code repliesAllowed}), and as soon as there are too many to count on.
     */
    private static int editedSince(Path folder, FileTime since, boolean repliesAllowed) throws IOException {
        int[] edited = new int[1];
        Path replies = folder.resolve("replies");
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.lastModifiedTime().compareTo(since) < 0) {
                    return FileVisitResult.CONTINUE;
                }
                boolean reply = repliesAllowed && file.startsWith(replies)
                        && file.getFileName().toString().endsWith(".md");
                edited[0] = reply && edited[0] < MOST_REPLY_FILES ? edited[0] + 1 : -1;
                return reply && edited[0] >= 0 ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
            }
        });
        return edited[0];
    }
}
