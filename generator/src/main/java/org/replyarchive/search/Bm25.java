package org.replyarchive.search;

/**
 * BM25 ranking and its constants. The index stores each posting's weighted term frequency and each
 * document's length (quantised), and the manifest states k1, b, the boosts and the average length, so the
 * browser computes the whole score: nothing stored depends on other documents, so one edit changes only its
 * own postings. {@link #weight} and {@link #idf} are what {@code search.js} computes.
 */
public final class Bm25 {

    static final double K1 = 1.2;
    static final double B = 0.75;

    /** How a term occurring in each field counts towards its frequency in the document. */
    static final int TITLE_BOOST = 3;
    static final int META_BOOST = 2;

    private Bm25() {}

    /** The document part of BM25 for a term {@code tf} times in a document of {@code length} terms. */
    public static double weight(double tf, double length, double averageLength) {
        double norm = K1 * (1 - B + B * length / averageLength);
        return tf * (K1 + 1) / (tf + norm);
    }

    /** The collection part: rarer terms count more. {@code search.js} computes the same. */
    public static double idf(int documents, int documentsWithTerm) {
        return Math.log(1 + (documents - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5));
    }
}
