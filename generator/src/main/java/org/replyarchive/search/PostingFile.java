package org.replyarchive.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A file of postings, a shard or a common term's own file:
 *
 * <pre>
 * "RASP" version
 * varint terms
 * per term, in unsigned UTF-8 order:
 *   varint termBytes, UTF-8 term
 *   varint documents       (the term's document frequency, for idf)
 *   postings: per document, varint idGap, varint value, varint firstBlockPlusOne
 * </pre>
 *
 * <p>There is no length to skip a term by: most terms of a shard are rare, and a byte for each would cost
 * more than a reader saves by not reading the varints of a shard of at most a few tens of kilobytes.
 */
final class PostingFile {

    static final Comparator<TermPostings> TERM_ORDER = (a, b) -> Arrays.compareUnsigned(a.term(), b.term());

    private PostingFile() {}

    /** The file of {@code terms}, which must be in {@link #TERM_ORDER}. */
    static byte[] encode(List<TermPostings> terms) {
        ByteSink out = new ByteSink(1024);
        PostingFormat.writeHeader(out, PostingFormat.POSTINGS_MAGIC);
        out.writeVarint(terms.size());
        for (TermPostings t : terms) {
            out.writeBytes(t.term());
            out.writeVarint(t.count());
            int previous = 0;
            for (int i = 0; i < t.count(); i++) {
                out.writeVarint(t.docs()[i] - previous);
                out.writeVarint(t.values()[i]);
                out.writeVarint(t.blocks()[i]);
                previous = t.docs()[i];
            }
        }
        return out.toByteArray();
    }

    /** The number of terms of {@code file}, read from its head alone. */
    static int termCount(byte[] file) {
        ByteReader in = new ByteReader(file);
        in.expectHeader(PostingFormat.POSTINGS_MAGIC, PostingFormat.VERSION);
        return in.readVarint();
    }

    static List<TermPostings> decode(byte[] file) {
        ByteReader in = new ByteReader(file);
        in.expectHeader(PostingFormat.POSTINGS_MAGIC, PostingFormat.VERSION);
        int count = in.readVarint();
        List<TermPostings> terms = new ArrayList<>(count);
        for (int t = 0; t < count; t++) {
            byte[] term = in.readBytes();
            int documents = in.readVarint();
            int[] docs = new int[documents];
            int[] values = new int[documents];
            int[] blocks = new int[documents];
            int doc = 0;
            for (int i = 0; i < documents; i++) {
                doc += in.readVarint();
                docs[i] = doc;
                values[i] = in.readVarint();
                blocks[i] = in.readVarint();
            }
            terms.add(TermPostings.of(term, docs, values, blocks));
        }
        return terms;
    }
}
