package org.replyarchive.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The postings an index should hold, worked out the slow and obvious way with the string tokeniser, and the
 * postings an index does hold, read back from its files: tests compare the two.
 */
final class ReferenceIndex {

    private ReferenceIndex() {}

    /** Term → list of {doc, value, block} triples in doc order. */
    static Map<String, List<List<Integer>>> expected(List<DocumentText> texts) {
        Map<String, List<List<Integer>>> postings = new TreeMap<>();
        for (int doc = 0; doc < texts.size(); doc++) {
            Map<String, int[]> counts = new HashMap<>();
            DocumentText t = texts.get(doc);
            count(counts, SearchTokenizer.tokens(t.title()), Bm25.TITLE_BOOST, true, 0);
            count(counts, SearchTokenizer.tokens(t.meta()), Bm25.META_BOOST, false, 0);
            count(counts, t.docNumbers(), Bm25.META_BOOST, false, 0);
            for (int b = 0; b < t.blocks().size(); b++) {
                count(counts, SearchTokenizer.tokens(t.blocks().get(b)), 1, false, b + 1);
            }
            int id = doc;
            counts.forEach((term, c) -> postings.computeIfAbsent(term, k -> new ArrayList<>())
                    .add(List.of(id, c[0] << 1 | (c[1] > 0 ? 1 : 0), c[2])));
        }
        return postings;
    }

    private static void count(Map<String, int[]> counts, List<String> terms, int boost, boolean title, int block) {
        for (String term : terms) {
            int[] c = counts.computeIfAbsent(term, k -> new int[3]);
            c[0] += boost;
            c[1] += title ? 1 : 0;
            if (block > 0 && c[2] == 0) {
                c[2] = block;
            }
        }
    }

    /** Every posting file of the index under {@code folder} in {@code files}, decoded. */
    static Map<String, List<List<Integer>>> actual(Map<String, byte[]> files, String folder) {
        Map<String, List<List<Integer>>> postings = new TreeMap<>();
        files.forEach((path, bytes) -> {
            if (path.startsWith(folder) && path.matches(".*/[sc][0-9a-f]+\\.bin")) {
                for (TermPostings t : PostingFile.decode(bytes)) {
                    List<List<Integer>> list = new ArrayList<>();
                    for (int i = 0; i < t.count(); i++) {
                        list.add(List.of(t.docs()[i], t.values()[i], t.blocks()[i]));
                    }
                    if (postings.put(t.text(), list) != null) {
                        throw new AssertionError(t.text() + " is in two files");
                    }
                }
            }
        });
        return postings;
    }
}
