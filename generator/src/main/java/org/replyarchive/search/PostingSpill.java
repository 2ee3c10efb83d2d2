package org.replyarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Postings on their way to the merge, split by the low bits of the term's hash into partitions, each a small
 * buffer in memory that is appended to its own file in the work folder whenever it fills: the postings of a
 * whole archive never sit in memory at once. A partition holds whole shards (or a shard whole partitions,
 * when there are fewer shards than partitions), since both are picked by the same hash bits.
 *
 * <p>A record: varint document id, varint terms, then per term its UTF-8 bytes (varint length first), varint
 * posting value, varint first block plus one. Documents arrive in any order; the merge sorts.
 */
final class PostingSpill {

    private final Path folder;
    private final int partitions;
    private final int bufferBytes;
    private final ByteSink[] buffers;
    private final AtomicLong postings = new AtomicLong();
    private final ThreadLocal<ByteSink> scratch = ThreadLocal.withInitial(ByteSink::new);

    /** {@code partitions} must be a power of two. */
    PostingSpill(Path folder, int partitions, int bufferBytes) {
        if (Integer.bitCount(partitions) != 1) {
            throw new IllegalArgumentException("partitions must be a power of two, got " + partitions);
        }
        this.folder = folder;
        this.partitions = partitions;
        this.bufferBytes = bufferBytes;
        this.buffers = new ByteSink[partitions];
        for (int p = 0; p < partitions; p++) {
            buffers[p] = new ByteSink(64);
        }
    }

    int partitions() {
        return partitions;
    }

    long postings() {
        return postings.get();
    }

    /** Spills document {@code doc}'s postings; from any thread. */
    void add(int doc, DocumentTerms terms) {
        int mask = partitions - 1;
        int[] counts = new int[partitions + 1];
        for (int i = 0; i < terms.size(); i++) {
            counts[(terms.hashes()[i] & mask) + 1]++;
        }
        for (int p = 0; p < partitions; p++) {
            counts[p + 1] += counts[p];
        }
        int[] byPartition = new int[terms.size()];
        int[] next = java.util.Arrays.copyOf(counts, partitions);
        for (int i = 0; i < terms.size(); i++) {
            byPartition[next[terms.hashes()[i] & mask]++] = i;
        }
        ByteSink record = scratch.get();
        for (int p = 0; p < partitions; p++) {
            if (counts[p + 1] > counts[p]) {
                record.clear();
                encode(doc, terms, byPartition, counts[p], counts[p + 1], record);
                append(p, record);
            }
        }
        postings.addAndGet(terms.size());
    }

    private static void encode(int doc, DocumentTerms terms, int[] order, int from, int to, ByteSink out) {
        out.writeVarint(doc);
        out.writeVarint(to - from);
        for (int k = from; k < to; k++) {
            int i = order[k];
            out.writeVarint(terms.ends()[i] - terms.start(i));
            out.write(terms.utf8(), terms.start(i), terms.ends()[i] - terms.start(i));
            out.writeVarint(terms.values()[i]);
            out.writeVarint(terms.blocks()[i]);
        }
    }

    private void append(int p, ByteSink record) {
        ByteSink buffer = buffers[p];
        synchronized (buffer) {
            buffer.write(record.buffer(), 0, record.size());
            if (buffer.size() >= bufferBytes) {
                flush(p, buffer);
            }
        }
    }

    private void flush(int p, ByteSink buffer) {
        try (var out = Files.newOutputStream(file(p), StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            out.write(buffer.buffer(), 0, buffer.size());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot spill search postings to " + folder, e);
        }
        buffer.clear();
    }

    /** Every record of partition {@code p}; call once all documents are in. */
    byte[] read(int p) {
        ByteSink buffer = buffers[p];
        synchronized (buffer) {
            Path file = file(p);
            try {
                // One array for the file and what is still buffered: a partition of a large archive is megabytes.
                int onDisk = Files.exists(file) ? Math.toIntExact(Files.size(file)) : 0;
                byte[] all = new byte[onDisk + buffer.size()];
                if (onDisk > 0) {
                    try (var in = Files.newInputStream(file)) {
                        if (in.readNBytes(all, 0, onDisk) != onDisk) {
                            throw new IOException("the spill file " + file + " is shorter than it was");
                        }
                    }
                }
                System.arraycopy(buffer.buffer(), 0, all, onDisk, buffer.size());
                return all;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read spilled search postings in " + folder, e);
            }
        }
    }

    /** Whether partition {@code p} went to disk at least once, for tests of the memory bound. */
    boolean spilled(int p) {
        return Files.exists(file(p));
    }

    private Path file(int p) {
        return folder.resolve("postings-" + p + ".spill");
    }
}
