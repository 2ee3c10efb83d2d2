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

/**
 * The size, modification time and identity on disk of every file of the content folder: what changes when a
 * file is written, added or removed, as make and Hugo judge it. Learnt in one walk, without reading a file.
 */
final class ContentStamps {

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
                    stamps.put(contentDirectory.relativize(file).toString().replace('\\', '/'), stamp(attributes));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return Optional.empty();
        }
        return linked[0] ? Optional.empty() : Optional.of(stamps);
    }

    static String stamp(BasicFileAttributes attributes) {
        return attributes.size() + ":" + attributes.lastModifiedTime().toInstant() + ":" + attributes.fileKey();
    }
}
