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
    private final PostingCatalog catalog = new PostingCatalog();

    private FullMerge(PostingSpill spill, int shardCount, IndexOutput out) {
        this.spill = spill;
        this.shardCount = shardCount;
        this.out = out;
    }

    static PostingCatalog run(PostingSpill spill, int shardCount, IndexOutput out) {
        FullMerge merge = new FullMerge(spill, shardCount, out);
        int units = Math.min(spill.partitions(), shardCount);
        IntStream.range(0, units).parallel().forEach(merge::mergeUnit);
        return merge.catalog;
    }

    private void mergeUnit(int unit) {
        int partitions = spill.partitions();
        ByteSink records = new ByteSink(1 << 16);
        List<Integer> shards = new ArrayList<>();
        if (shardCount >= partitions) {
            records.write(spill.read(unit));
            for (int s = unit; s < shardCount; s += partitions) {
                shards.add(s);
            }
        } else {
            for (int p = unit; p < partitions; p += shardCount) {
                records.write(spill.read(p));
            }
            shards.add(unit);
        }
        write(PartitionMerger.merge(records.toByteArray()), shards);
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
