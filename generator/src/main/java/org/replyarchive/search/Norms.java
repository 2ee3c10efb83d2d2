package org.replyarchive.search;

/**
 * Document lengths in one byte each, for BM25's length normalisation: exact below {@value #EXACT}, then a
 * small float of {@value #MANTISSA_BITS} mantissa bits (about 6% steps), up to half a million terms. Kept out
 * of the postings, so that one document's new length changes this small file and not every posting.
 *
 * <p>File: {@code "RASN" version}, then one byte per document id. The manifest states both constants.
 */
final class Norms {

    static final int EXACT = 32;
    static final int MANTISSA_BITS = 4;
    private static final int MANTISSA = 1 << MANTISSA_BITS;

    private Norms() {}

    static int encode(int length) {
        if (length < EXACT) {
            return Math.max(0, length);
        }
        int shift = 31 - Integer.numberOfLeadingZeros(length) - MANTISSA_BITS;
        int code = EXACT + (shift - 1) * MANTISSA + ((length >>> shift) - MANTISSA);
        return Math.min(255, code);
    }

    /** The length a code stands for: the smallest length with that code. {@code search.js} does the same. */
    static int decode(int code) {
        if (code < EXACT) {
            return code;
        }
        int shift = ((code - EXACT) >> MANTISSA_BITS) + 1;
        int mantissa = (code - EXACT) & (MANTISSA - 1);
        return (MANTISSA + mantissa) << shift;
    }

    static byte[] file(int[] lengths) {
        ByteSink out = new ByteSink(lengths.length + PostingFormat.HEADER_BYTES);
        PostingFormat.writeHeader(out, PostingFormat.NORMS_MAGIC);
        for (int length : lengths) {
            out.writeByte(encode(length));
        }
        return out.toByteArray();
    }
}
