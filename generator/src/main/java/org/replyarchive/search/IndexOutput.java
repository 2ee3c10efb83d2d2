package org.replyarchive.search;

import java.util.Arrays;
import java.util.Optional;
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
    /** Where the posting files' vocabulary records are kept between builds; null without a cache. */
    private final VocabularyRecords records;

    IndexOutput(String folder, OutputSink sink, boolean previousTrusted, Optional<VocabularyRecords> records) {
        this.folder = folder;
        this.sink = sink;
        this.previousTrusted = previousTrusted;
        this.records = records.orElse(null);
    }

    /** Writes {@code name}, unless the previous output holds exactly these bytes. */
    void write(String name, byte[] content) {
        if (previousTrusted && sink.previous(folder + name).map(p -> Arrays.equals(p, content)).orElse(false)) {
            learn(name, content);
            sink.reuse(folder + name);
            count(content.length);
        } else {
            writeChanged(name, content);
        }
    }

    /** Writes {@code name}, known to differ from the previous output's. */
    void writeChanged(String name, byte[] content) {
        learn(name, content);
        sink.write(new OutputFile(folder + name, content));
        count(content.length);
        written.incrementAndGet();
    }

    /** Takes {@code name} of {@code size} bytes over from the previous output; not a posting file. */
    void reuse(String name, long size) {
        if (IndexLayout.isPostingFile(name)) {
            throw new IllegalArgumentException(name + " is a posting file: take it over with its facts");
        }
        sink.reuse(folder + name);
        count(size);
    }

    /**
     * Takes posting file {@code name} over from the previous output unread when its vocabulary record is kept,
     * else reading it back for its terms.
     */
    void reusePosting(String name, PostingCatalog.Facts facts) {
        if (records == null || !records.defer(name, facts)) {
            learn(name, previousBytes(name));
        }
        sink.reuse(folder + name);
        count(facts.bytes());
    }

    private void learn(String name, byte[] content) {
        if (!IndexLayout.isPostingFile(name)) {
            return;
        }
        if (records != null) {
            records.written(name, content, vocabulary);
        } else {
            vocabulary.addPostingFile(content);
        }
    }

    private byte[] previousBytes(String name) {
        return sink.previous(folder + name)
                .orElseThrow(() -> new IllegalStateException(name + " is not in the previous output"));
    }

    /** Keeps this build's vocabulary records for the next; once the new site stands. */
    void commitRecords() {
        if (records != null) {
            records.commit();
        }
    }

    java.util.Optional<byte[]> previous(String name) {
        return previousTrusted ? sink.previous(folder + name) : java.util.Optional.empty();
    }

    private void count(long size) {
        files.incrementAndGet();
        bytes.addAndGet(size);
    }

    /** The vocabulary of every posting file written or taken over; call once all are. */
    Vocabulary vocabulary() {
        if (records != null) {
            records.finish(vocabulary, this::previousBytes);
        }
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
