package org.replyarchive.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns spilled records (see {@link PostingSpill}) into each term's postings: terms in unsigned UTF-8 order,
 * documents in id order. Terms are looked up in place in the records' bytes, records kept in four int arrays,
 * then bucketed by term and sorted by document, so memory stays a small multiple of the records' size.
 */
final class PartitionMerger {

    /** Whether a term, by its hash, belongs to the pass being merged. */
    interface TermFilter {
        boolean includes(int hash);
    }

    private final byte[] records;
    private final TermFilter filter;
    /** Per term: whether its records are merged in this pass. */
    private boolean[] included = new boolean[1024];
    private int[] termStarts = new int[1024];
    private int[] termLengths = new int[1024];
    private int terms;
    private int[] slots = new int[2048];
    private int[] recordTerm = new int[4096];
    private int[] recordDoc = new int[4096];
    private int[] recordValue = new int[4096];
    private int[] recordBlock = new int[4096];
    private int count;

    private PartitionMerger(byte[] records, TermFilter filter) {
        this.records = records;
        this.filter = filter;
    }

    static List<TermPostings> merge(byte[] records) {
        return merge(records, hash -> true);
    }

    /** The postings of the terms {@code filter} includes; the others' records are skipped. */
    static List<TermPostings> merge(byte[] records, TermFilter filter) {
        PartitionMerger merger = new PartitionMerger(records, filter);
        merger.parse();
        return merger.postings();
    }

    private void parse() {
        ByteReader in = new ByteReader(records);
        while (in.hasMore()) {
            int doc = in.readVarint();
            int n = in.readVarint();
            for (int k = 0; k < n; k++) {
                int length = in.readVarint();
                int term = termAt(in.position(), length);
                in.skip(length);
                int value = in.readVarint();
                int block = in.readVarint();
                if (included[term]) {
                    addRecord(term, doc, value, block);
                }
            }
        }
    }

    private List<TermPostings> postings() {
        int[] order = IntSort.sorted(terms, (a, b) -> Arrays.compareUnsigned(records, termStarts[a],
                termStarts[a] + termLengths[a], records, termStarts[b], termStarts[b] + termLengths[b]));
        int[] firstOf = new int[terms + 1];
        for (int r = 0; r < count; r++) {
            firstOf[recordTerm[r] + 1]++;
        }
        for (int t = 0; t < terms; t++) {
            firstOf[t + 1] += firstOf[t];
        }
        long[] byTerm = new long[count];
        int[] next = Arrays.copyOf(firstOf, terms);
        for (int r = 0; r < count; r++) {
            byTerm[next[recordTerm[r]]++] = (long) recordDoc[r] << 32 | r;
        }
        List<TermPostings> postings = new ArrayList<>(terms);
        for (int t : order) {
            if (firstOf[t + 1] > firstOf[t]) {
                postings.add(postingsOf(t, byTerm, firstOf[t], firstOf[t + 1]));
            }
        }
        return postings;
    }

    private TermPostings postingsOf(int term, long[] byTerm, int from, int to) {
        Arrays.sort(byTerm, from, to);
        int n = to - from;
        int[] docs = new int[n];
        int[] values = new int[n];
        int[] blocks = new int[n];
        for (int i = 0; i < n; i++) {
            int r = (int) byTerm[from + i];
            docs[i] = recordDoc[r];
            values[i] = recordValue[r];
            blocks[i] = recordBlock[r];
            if (i > 0 && docs[i] == docs[i - 1]) {
                throw new IllegalStateException("document " + docs[i] + " was indexed twice");
            }
        }
        byte[] utf8 = Arrays.copyOfRange(records, termStarts[term], termStarts[term] + termLengths[term]);
        return TermPostings.of(utf8, docs, values, blocks);
    }

    /** The number of the term at {@code records[start, start + length)}, numbering it if it is new. */
    private int termAt(int start, int length) {
        int mask = slots.length - 1;
        int slot = bytesHash(start, length) & mask;
        while (slots[slot] != 0) {
            int t = slots[slot] - 1;
            if (termLengths[t] == length && Arrays.equals(records, termStarts[t], termStarts[t] + length, records,
                    start, start + length)) {
                return t;
            }
            slot = (slot + 1) & mask;
        }
        if (terms == termStarts.length) {
            termStarts = Arrays.copyOf(termStarts, terms * 2);
            termLengths = Arrays.copyOf(termLengths, terms * 2);
            included = Arrays.copyOf(included, terms * 2);
        }
        termStarts[terms] = start;
        termLengths[terms] = length;
        included[terms] = filter.includes(Fnv.hash(new String(records, start, length, StandardCharsets.UTF_8)));
        slots[slot] = ++terms;
        if (terms * 2 > slots.length) {
            rehash();
        }
        return terms - 1;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int t = 0; t < terms; t++) {
            int slot = bytesHash(termStarts[t], termLengths[t]) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = t + 1;
        }
    }

    private int bytesHash(int start, int length) {
        int hash = 1;
        for (int i = start; i < start + length; i++) {
            hash = 31 * hash + records[i];
        }
        return hash ^ (hash >>> 15);
    }

    private void addRecord(int term, int doc, int value, int block) {
        if (count == recordTerm.length) {
            int capacity = count * 2;
            recordTerm = Arrays.copyOf(recordTerm, capacity);
            recordDoc = Arrays.copyOf(recordDoc, capacity);
            recordValue = Arrays.copyOf(recordValue, capacity);
            recordBlock = Arrays.copyOf(recordBlock, capacity);
        }
        recordTerm[count] = term;
        recordDoc[count] = doc;
        recordValue[count] = value;
        recordBlock[count] = block;
        count++;
    }
}
