package org.replyarchive.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One term's postings: the documents holding it in id order, with each one's posting value and first block
 * (see {@link PostingFormat}). Primitive arrays of exactly {@code docs.length} entries.
 */
record TermPostings(byte[] term, int hash, int[] docs, int[] values, int[] blocks) {

    static TermPostings of(byte[] term, int[] docs, int[] values, int[] blocks) {
        return new TermPostings(term, Fnv.hash(new String(term, StandardCharsets.UTF_8)), docs, values, blocks);
    }

    int count() {
        return docs.length;
    }

    String text() {
        return new String(term, StandardCharsets.UTF_8);
    }

    /** The bytes of the postings alone, as {@link PostingFile} writes them. */
    int postingBytes() {
        int bytes = 0;
        int previous = 0;
        for (int i = 0; i < docs.length; i++) {
            bytes += ByteSink.varintSize(docs[i] - previous) + ByteSink.varintSize(values[i])
                    + ByteSink.varintSize(blocks[i]);
            previous = docs[i];
        }
        return bytes;
    }

    /** These postings with document {@code doc}'s replaced, added, or removed when {@code value} is 0. */
    TermPostings with(int doc, int value, int block) {
        int at = Arrays.binarySearch(docs, doc);
        boolean present = at >= 0;
        int insert = present ? at : -at - 1;
        int size = docs.length + (value == 0 ? (present ? -1 : 0) : (present ? 0 : 1));
        int[] d = new int[size];
        int[] v = new int[size];
        int[] b = new int[size];
        System.arraycopy(docs, 0, d, 0, insert);
        System.arraycopy(values, 0, v, 0, insert);
        System.arraycopy(blocks, 0, b, 0, insert);
        int out = insert;
        if (value != 0) {
            d[out] = doc;
            v[out] = value;
            b[out] = block;
            out++;
        }
        int rest = present ? insert + 1 : insert;
        System.arraycopy(docs, rest, d, out, docs.length - rest);
        System.arraycopy(values, rest, v, out, docs.length - rest);
        System.arraycopy(blocks, rest, b, out, docs.length - rest);
        return new TermPostings(term, hash, d, v, b);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TermPostings t && Arrays.equals(term, t.term) && Arrays.equals(docs, t.docs)
                && Arrays.equals(values, t.values) && Arrays.equals(blocks, t.blocks);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(term) * 31 + Arrays.hashCode(docs);
    }

    @Override
    public String toString() {
        return text() + Arrays.toString(docs);
    }
}
