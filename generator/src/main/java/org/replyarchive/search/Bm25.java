package org.replyarchive.search;

/**
 * BM25 ranking, split so that the part that depends on one document (the saturated, length-normalised term
 * frequency) is computed at build time and stored in the postings, and the part that depends on the whole
 * collection (the inverse document frequency) is computed in the browser from the length of a posting list.
 */
public final class Bm25 {

    static final double K1 = 1.2;
    static final double B = 0.75;

    /** How a term occurring in each field counts towards its frequency in the document. */
    static final int TITLE_BOOST = 3;
    static final int META_BOOST = 2;

    /** Stored weights are integers: the weight times this (weights stay below k1 + 1, so under 255). */
    static final int SCALE = 100;

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

    /** The score of a document for a query: the sum over the query's terms. */
    public static double score(int documents, int[] documentsWithTerm, int[] storedWeights) {
        double score = 0;
        for (int i = 0; i < storedWeights.length; i++) {
            score += idf(documents, documentsWithTerm[i]) * storedWeights[i] / (double) SCALE;
        }
        return score;
    }
}
