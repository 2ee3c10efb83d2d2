package org.replyarchive.search;

import java.util.Arrays;

/**
 * One document's terms, as the index needs them and the cache keeps them: each distinct term (UTF-8, in
 * unsigned byte order) with its FNV-1a hash, its weighted frequency and title flag packed as one posting value
 * ({@link PostingFormat#value}), and the first block of the body holding it (plus one; 0 for none). Primitive
 * arrays only: a long reply has thousands of terms.
 *
 * @param utf8 the terms' bytes, one after another
 * @param ends where each term's bytes end in {@code utf8}
 * @param length the document's length for BM25: the sum of its weighted term frequencies
 */
record DocumentTerms(byte[] utf8, int[] ends, int[] hashes, int[] values, int[] blocks, int length) {

    static final DocumentTerms EMPTY = new DocumentTerms(new byte[0], new int[0], new int[0], new int[0], new int[0], 0);

    int size() {
        return ends.length;
    }

    int start(int i) {
        return i == 0 ? 0 : ends[i - 1];
    }

    byte[] term(int i) {
        return Arrays.copyOfRange(utf8, start(i), ends[i]);
    }

    /** Compares term {@code i} with term {@code j} of {@code other} in unsigned byte order. */
    int compare(int i, DocumentTerms other, int j) {
        return Arrays.compareUnsigned(utf8, start(i), ends[i], other.utf8, other.start(j), other.ends[j]);
    }

    /** Whether term {@code i} has the same posting here as term {@code j} in {@code other}. */
    boolean samePosting(int i, DocumentTerms other, int j) {
        return values[i] == other.values[j] && blocks[i] == other.blocks[j];
    }

    /** Writes the terms compactly: each term shares a prefix with the one before it (front coding). */
    void writeTo(ByteSink out) {
        out.writeVarint(size());
        out.writeVarint(length);
        for (int i = 0; i < size(); i++) {
            int shared = i == 0 ? 0 : sharedPrefix(i);
            out.writeVarint(shared);
            out.writeVarint(ends[i] - start(i) - shared);
            out.write(utf8, start(i) + shared, ends[i] - start(i) - shared);
            out.writeVarint(values[i]);
            out.writeVarint(blocks[i]);
        }
    }

    static DocumentTerms readFrom(ByteReader in) {
        int count = in.readVarint();
        int length = in.readVarint();
        ByteSink bytes = new ByteSink(count * 6);
        int[] ends = new int[count];
        int[] hashes = new int[count];
        int[] values = new int[count];
        int[] blocks = new int[count];
        int previousStart = 0;
        for (int i = 0; i < count; i++) {
            int shared = in.readVarint();
            int rest = in.readVarint();
            int start = bytes.size();
            bytes.write(bytes.buffer(), previousStart, shared);
            bytes.write(in.array(), in.position(), rest);
            in.skip(rest);
            ends[i] = bytes.size();
            previousStart = start;
            hashes[i] = Fnv.hash(new String(bytes.buffer(), start, ends[i] - start,
                    java.nio.charset.StandardCharsets.UTF_8));
            values[i] = in.readVarint();
            blocks[i] = in.readVarint();
        }
        return new DocumentTerms(bytes.toByteArray(), ends, hashes, values, blocks, length);
    }

    private int sharedPrefix(int i) {
        int a = start(i - 1);
        int b = start(i);
        int max = Math.min(ends[i - 1] - a, ends[i] - b);
        int n = 0;
        while (n < max && utf8[a + n] == utf8[b + n]) {
            n++;
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentTerms t && length == t.length && Arrays.equals(utf8, t.utf8)
                && Arrays.equals(ends, t.ends) && Arrays.equals(values, t.values) && Arrays.equals(blocks, t.blocks);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(utf8) * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "DocumentTerms[" + size() + " terms, length " + length + "]";
    }
}
