package org.replyarchive.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file of the staging folder written as it is made, for output too large to hold: the full-text open data,
 * written one reply at a time. Lines end with LF; the file is complete once closed.
 */
public final class StreamedFile implements AutoCloseable {

    private final Path target;
    private final Writer writer;

    private StreamedFile(Path target, Writer writer) {
        this.target = target;
        this.writer = writer;
    }

    /** Opens {@code path} of {@code staging} for writing, replacing what it held. */
    public static StreamedFile open(StagingOutput staging, String path) {
        Path target = staging.target(path);
        try {
            Files.createDirectories(target.getParent());
            return new StreamedFile(target, new BufferedWriter(Files.newBufferedWriter(target, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }

    /** Appends {@code line} and a line feed. */
    public void line(String line) {
        try {
            writer.write(line);
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }
}
