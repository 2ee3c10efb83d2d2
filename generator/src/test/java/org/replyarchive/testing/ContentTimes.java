package org.replyarchive.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/**
 * Backdates a content folder written by a test, as content written well before the build is: a build does
 * not trust what it knows of a file written in the last moments (its time may not change at the next write).
 */
public final class ContentTimes {

    private ContentTimes() {}

    /** Sets the time of every file under {@code content} an hour back. */
    public static void backdate(Path content) throws IOException {
        FileTime past = FileTime.from(Instant.now().minusSeconds(3600));
        try (var files = Files.walk(content)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, past);
            }
        }
    }
}
