package org.replyarchive.search;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.replyarchive.output.OutputFile;
import org.replyarchive.output.OutputSink;

/**
 * The index's files on their way to the sink, counted for the figures. Where the previous output can be
 * trusted, a file whose bytes are the previous file's is taken over rather than written again.
 */
final class IndexOutput {

    private final String folder;
    private final OutputSink sink;
    private final boolean previousTrusted;
    private final AtomicInteger files = new AtomicInteger();
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    private final Vocabulary vocabulary = new Vocabulary();

    IndexOutput(String folder, OutputSink sink, boolean previousTrusted) {
        this.folder = folder;
        this.sink = sink;
        this.previousTrusted = previousTrusted;
    }

    /** Writes {@code name}, unless the previous output holds exactly these bytes. */
    void write(String name, byte[] content) {
        if (previousTrusted && sink.previous(folder + name).map(p -> Arrays.equals(p, content)).orElse(false)) {
            reuse(name, content.length);
        } else {
            writeChanged(name, content);
        }
    }

    /** Writes {@code name}, known to differ from the previous output's. */
    void writeChanged(String name, byte[] content) {
        if (IndexLayout.isPostingFile(name)) {
            vocabulary.addPostingFile(content);
        }
        sink.write(new OutputFile(folder + name, content));
        count(content.length);
        written.incrementAndGet();
    }

    /** Takes {@code name} of {@code size} bytes over from the previous output. */
    void reuse(String name, long size) {
        if (IndexLayout.isPostingFile(name)) {
            vocabulary.addPostingFile(sink.previous(folder + name)
                    .orElseThrow(() -> new IllegalStateException(name + " is not in the previous output")));
        }
        sink.reuse(folder + name);
        count(size);
    }

    java.util.Optional<byte[]> previous(String name) {
        return previousTrusted ? sink.previous(folder + name) : java.util.Optional.empty();
    }

    private void count(long size) {
        files.incrementAndGet();
        bytes.addAndGet(size);
    }

    /** The vocabulary of every posting file written or taken over so far. */
    Vocabulary vocabulary() {
        return vocabulary;
    }

    int files() {
        return files.get();
    }

    int written() {
        return written.get();
    }

    long bytes() {
        return bytes.get();
    }
}
