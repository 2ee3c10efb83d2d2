package org.replyarchive.search;

/**
 * The numbers a posting is made of, and the headers of the binary files. The manifest states all of it
 * ({@link Manifest}) and {@code search.js} reads it from there: nothing here is repeated in the browser.
 *
 * <p>A posting is three varints: the gap from the previous document id of the term's list, the value
 * {@code tf << TITLE_BITS | inTitle}, and the first block of the body holding the term, plus one (0 when only
 * the title or metadata hold it).
 */
final class PostingFormat {

    /** Bumped whenever a file's layout changes; the browser refuses an index of another version. */
    static final int VERSION = 4;

    static final int TITLE_BITS = 1;

    /** Posting files (shards and files of common terms), the norms and the filter columns. */
    static final byte[] POSTINGS_MAGIC = {'R', 'A', 'S', 'P'};
    static final byte[] NORMS_MAGIC = {'R', 'A', 'S', 'N'};
    static final byte[] FILTERS_MAGIC = {'R', 'A', 'S', 'F'};
    /** The magic and the version byte. */
    static final int HEADER_BYTES = 5;

    private PostingFormat() {}

    /** A posting's value: the weighted term frequency and whether the title holds the term. */
    static int value(int weightedFrequency, boolean inTitle) {
        return weightedFrequency << TITLE_BITS | (inTitle ? 1 : 0);
    }

    static int frequency(int value) {
        return value >>> TITLE_BITS;
    }

    static boolean inTitle(int value) {
        return (value & 1) == 1;
    }

    static void writeHeader(ByteSink out, byte[] magic) {
        out.write(magic);
        out.writeByte(VERSION);
    }
}
