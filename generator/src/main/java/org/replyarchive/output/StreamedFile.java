package org.replyarchive.output;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file of the staging folder written as it is made, for output too large to hold: the full-text open data,
 * written one reply at a time. Lines end with LF; the file is complete once closed. Runs of bytes that another
 * file already holds (the same file in the previous site) are copied from it by the operating system, never
 * passing through the heap.
 */
public final class StreamedFile implements AutoCloseable {

    private final Path target;
    private final FileChannel channel;
    private final OutputStream out;

    private StreamedFile(Path target, FileChannel channel) {
        this.target = target;
        this.channel = channel;
        this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    }

    /** Opens {@code path} of {@code staging} for writing, replacing what it held. */
    public static StreamedFile open(StagingOutput staging, String path) {
        Path target = staging.streamedTarget(path);
        try {
            Files.createDirectories(target.getParent());
            return new StreamedFile(target, FileChannel.open(target, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }

    /** Appends {@code line} and a line feed; returns how many bytes that was. */
    public int line(String line) {
        try {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            out.write(bytes);
            out.write('\n');
            return bytes.length + 1;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }

    /**
     * The file as a stream of bytes, for a writer that makes it in pieces (the open data): closing the stream
     * closes the file.
     */
    public OutputStream stream() {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() {
                StreamedFile.this.close();
            }
        };
    }

    /** Appends the whole of {@code from} and a line feed; returns how many bytes that was. */
    public long line(FileChannel from) {
        try {
            long length = from.size();
            copy(from, 0, length);
            out.write('\n');
            return length + 1;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }

    /** Appends {@code length} bytes of {@code from} starting at {@code offset}. */
    public void copy(FileChannel from, long offset, long length) {
        try {
            out.flush();
            long copied = 0;
            while (copied < length) {
                long n = from.transferTo(offset + copied, length - copied, channel);
                if (n <= 0) {
                    throw new IOException("the source ended " + (length - copied) + " bytes early");
                }
                copied += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }
}
