package org.replyarchive.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** Reading the files of the site a build replaces or patches, never outside it; unreadable is absent. */
record PreviousSite(Path output) {

    Optional<byte[]> read(String path) {
        Path file = output.resolve(path).normalize();
        if (!file.startsWith(output) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The regular file at {@code path} of the site, if it holds one. */
    Optional<Path> file(String path) {
        Path file = output.resolve(path).normalize();
        return file.startsWith(output) && Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                ? Optional.of(file) : Optional.empty();
    }

    /** Whether the site holds {@code file} with exactly its content. */
    boolean holds(OutputFile file) {
        Path previous = output.resolve(file.path()).normalize();
        try {
            return previous.startsWith(output) && Files.isRegularFile(previous)
                    && Files.size(previous) == file.content().length
                    && Arrays.equals(Files.readAllBytes(previous), file.content());
        } catch (IOException e) {
            return false;
        }
    }
}
