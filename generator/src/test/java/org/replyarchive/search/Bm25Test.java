package org.replyarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Bm25Test {

    @Test
    void moreOccurrencesWeighMoreButSaturate() {
        double one = Bm25.weight(1, 100, 100);
        double two = Bm25.weight(2, 100, 100);
        double twenty = Bm25.weight(20, 100, 100);
        assertTrue(two > one && twenty > two);
        assertTrue(twenty < Bm25.K1 + 1, "never more than k1 + 1");
        assertEquals(1.0, one, 1e-9, "one occurrence in a document of average length weighs 1");
    }

    @Test
    void longerDocumentsWeighAnOccurrenceLess() {
        assertTrue(Bm25.weight(3, 400, 100) < Bm25.weight(3, 100, 100));
    }

    @Test
    void rarerTermsCountMore() {
        assertTrue(Bm25.idf(1000, 3) > Bm25.idf(1000, 300));
        assertTrue(Bm25.idf(1000, 1000) > 0, "a term in every document still counts a little");
    }
}
