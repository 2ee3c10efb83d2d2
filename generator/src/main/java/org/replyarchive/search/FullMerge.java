package org.replyarchive.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Writes every posting file from the spilled postings, one merge unit at a time on each core: a unit is one
 * partition (holding whole shards) or, when there are fewer shards than partitions, the partitions of one
 * shard. The memory a unit needs is bounded by its share of the postings.
 */
final class FullMerge {

    private final PostingSpill spill;
    private final int shardCount;
    private final IndexOutput out;
    private final int passBytes;
    private final PostingCatalog catalog = new PostingCatalog();

    private FullMerge(PostingSpill spill, int shardCount, IndexOutput out, int passBytes) {
        this.passBytes = passBytes;
        this.spill = spill;
        this.shardCount = shardCount;
        this.out = out;
    }

    static PostingCatalog run(PostingSpill spill, int shardCount, IndexOutput out, int passBytes) {
        FullMerge merge = new FullMerge(spill, shardCount, out, passBytes);
        int units = Math.min(spill.partitions(), shardCount);
        IntStream.range(0, units).parallel().forEach(merge::mergeUnit);
        return merge.catalog;
    }

    private void mergeUnit(int unit) {
        int partitions = spill.partitions();
        if (shardCount < partitions) {
            ByteSink records = new ByteSink(1 << 16);
            for (int p = unit; p < partitions; p += shardCount) {
                records.write(spill.read(p));
            }
            write(PartitionMerger.merge(records.toByteArray()), List.of(unit));
            return;
        }
        // The partition holds shardCount / partitions whole shards; a large one is merged in passes, each taking
        // the terms of some of its shards, so that what a pass holds stays bounded as the archive grows.
        byte[] records = spill.read(unit);
        int shardsInUnit = shardCount / partitions;
        int passes = passes(records.length, shardsInUnit, passBytes);
        for (int pass = 0; pass < passes; pass++) {
            int thisPass = pass;
            List<Integer> shards = new ArrayList<>();
            for (int s = unit + pass * partitions; s < shardCount; s += passes * partitions) {
                shards.add(s);
            }
            PartitionMerger.TermFilter filter = hash -> (IndexLayout.shardOf(hash, shardCount) / partitions)
                    % passes == thisPass;
            write(PartitionMerger.merge(records, filter), shards);
        }
    }

    /**
     * Enough passes (a power of two, at most one per shard) that each merges about {@code passBytes} of records or
     * fewer: the merge's arrays take a few times the records they are made from.
     */
    static int passes(long recordBytes, int shardsInUnit, int passBytes) {
        int passes = 1;
        while (passes < shardsInUnit && recordBytes > (long) passes * passBytes) {
            passes <<= 1;
        }
        return passes;
    }

    /** Sorts the unit's terms, already in term order, into their files and writes them. */
    private void write(List<TermPostings> terms, List<Integer> shards) {
        Map<String, List<TermPostings>> files = new TreeMap<>();
        shards.forEach(s -> files.put(IndexLayout.shardFile(s), new ArrayList<>()));
        for (TermPostings t : terms) {
            files.computeIfAbsent(IndexLayout.fileOf(t, shardCount), f -> new ArrayList<>()).add(t);
            if (IndexLayout.isSolo(t)) {
                catalog.addSolo(t.text());
            }
        }
        files.forEach((name, list) -> {
            byte[] bytes = PostingFile.encode(list);
            out.write(name, bytes);
            catalog.put(name, new PostingCatalog.Facts(bytes.length, list.size()));
        });
    }
}
