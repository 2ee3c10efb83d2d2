package org.replyarchive.search;

/**
 * Which file holds which term, and the files' names. Every choice is a function of the postings alone, never
 * of the order documents came in or of the previous build, so that a patched index equals a clean one.
 */
final class IndexLayout {

    static final String MANIFEST = "manifest.json";
    static final String NORMS = "norms.bin";
    static final String FILTERS = "filters.bin";
    /** Traditional → simplified, for folding queries as the pages were folded ({@link ScriptFolding}), of the
     * characters the index holds. */
    static final String FOLDING = "folding.txt";
    /** The terms "did you mean" offers ({@link Vocabulary}). */
    static final String VOCABULARY = "vocabulary.txt";
    static final String SHARD_PATTERN = "s{n}.bin";
    static final String SOLO_PATTERN = "c{hash}.bin";
    static final String DOCUMENT_PATTERN = "d/{id}.json";

    /** What postings take on average, about: a gap, a value and a block of one byte each. */
    static final int ESTIMATED_POSTING_BYTES = 3;

    /** The size a shard aims at, counting the common terms that leave it for files of their own. */
    static final int TARGET_SHARD_BYTES = 32 * 1024;

    static final int MAX_SHARDS = 1 << 14;

    /**
     * A term whose postings take more than this gets a file of its own, so that a query for a common word does
     * not also download the other terms of its shard.
     */
    static final int SOLO_POSTING_BYTES = 8 * 1024;

    private IndexLayout() {}

    /**
     * A power of two, from the number of postings alone: it changes only when the index doubles or halves
     * in size, so an edit almost never moves a term to another shard.
     */
    static int shardCount(long postings) {
        long wanted = (postings * ESTIMATED_POSTING_BYTES + TARGET_SHARD_BYTES - 1) / TARGET_SHARD_BYTES;
        int count = 1;
        while (count < wanted && count < MAX_SHARDS) {
            count <<= 1;
        }
        return count;
    }

    /** The shard of a term: its hash's low bits. {@code search.js} computes the same. */
    static int shardOf(int hash, int shardCount) {
        return hash & (shardCount - 1);
    }

    static boolean isSolo(TermPostings postings) {
        return postings.postingBytes() > SOLO_POSTING_BYTES;
    }

    /** Whether {@code name} is a posting file: a shard or a common term's own file. */
    static boolean isPostingFile(String name) {
        return name.endsWith(".bin") && !name.contains("/") && (name.startsWith("s") || name.startsWith("c"));
    }

    static String shardFile(int shard) {
        return SHARD_PATTERN.replace("{n}", Integer.toString(shard));
    }

    /** A common term's file, named by its hash so that no other term's name moves; a rare collision shares it. */
    static String soloFile(int hash) {
        return SOLO_PATTERN.replace("{hash}", Fnv.hex(hash));
    }

    /** The file holding {@code postings} in an index of {@code shardCount} shards. */
    static String fileOf(TermPostings postings, int shardCount) {
        return isSolo(postings) ? soloFile(postings.hash()) : shardFile(shardOf(postings.hash(), shardCount));
    }

    static String documentFile(int id) {
        return DOCUMENT_PATTERN.replace("{id}", Integer.toString(id));
    }
}
