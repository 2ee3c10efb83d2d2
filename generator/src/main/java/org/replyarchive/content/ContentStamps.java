package org.replyarchive.content;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The size, modification time and identity on disk of every file of the content folder: what changes when a
 * file is written, added or removed, as make and Hugo judge it. Learnt in one walk, without reading a file.
 */
final class ContentStamps {

    /** How recent a modification time is too recent to trust: the coarsest clock of a common file system. */
    private static final long RACY_MILLIS = 2_000;
    /** The stamp of a file too recently written to be trusted: it equals no stamp a later walk takes. */
    static final String RACY = "racy";

    private ContentStamps() {}

    /**
     * The stamps by path relative to {@code contentDirectory}; empty when the folder holds a symbolic link
     * (what it leads to may change without the link changing) or cannot be walked.
     */
    static Optional<Map<String, String>> of(Path contentDirectory) {
        Map<String, String> stamps = new HashMap<>();
        boolean[] linked = new boolean[1];
        try {
            Files.walkFileTree(contentDirectory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!attributes.isRegularFile()) {
                        linked[0] = true;
                        return FileVisitResult.TERMINATE;
                    }
                    // A file written moments ago may be written again within the same tick of the file system's
                    // clock, its stamp unchanged: such a file is taken as changed by the next build.
                    stamps.put(contentDirectory.relativize(file).toString().replace('\\', '/'),
                            trustedStamp(attributes).orElse(RACY));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return Optional.empty();
        }
        return linked[0] ? Optional.empty() : Optional.of(stamps);
    }

    /**
     * The files of {@code now} that changed since {@code before} was taken: another stamp, or one too recent to
     * trust on either side. Empty when the two hold other files (one was added, removed or renamed).
     */
    static Optional<Set<String>> changed(Map<String, String> before, Map<String, String> now) {
        if (!before.keySet().equals(now.keySet())) {
            return Optional.empty();
        }
        return Optional.of(now.keySet().stream()
                .filter(path -> RACY.equals(now.get(path)) || !now.get(path).equals(before.get(path)))
                .collect(Collectors.toSet()));
    }

    /** The stamp of a file, or empty when it was written too recently to be trusted (see {@link #RACY}). */
    static Optional<String> trustedStamp(BasicFileAttributes attributes) {
        return attributes.lastModifiedTime().toMillis() >= System.currentTimeMillis() - RACY_MILLIS ? Optional.empty()
                : Optional.of(stamp(attributes));
    }

    static String stamp(BasicFileAttributes attributes) {
        return attributes.size() + ":" + attributes.lastModifiedTime().toInstant() + ":" + attributes.fileKey();
    }
}
