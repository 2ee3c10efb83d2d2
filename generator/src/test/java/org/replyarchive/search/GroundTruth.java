package org.replyarchive.search;

import java.util.List;

/**
 * What a reader expects a query to find, decided without the index: a reply is relevant when each of the
 * query's phrases stands, normalised (script variants, width, case, number formats, spelling), in one of the
 * reply's visible text blocks. A Chinese phrase may start or end anywhere (虎 in 东北虎); a word only at a
 * word's edge (2 is not in 2023).
 */
public final class GroundTruth {

    private GroundTruth() {}

    public static boolean relevant(String query, List<String> blocks) {
        List<String> normalizedBlocks = blocks.stream().map(SearchNormalizer::normalize).toList();
        List<String> phrases = QueryPhrases.of(query);
        return !phrases.isEmpty()
                && phrases.stream().allMatch(p -> normalizedBlocks.stream().anyMatch(b -> contains(b, p)));
    }

    static boolean contains(String normalized, String phrase) {
        boolean wordStart = !SearchNormalizer.isHan(phrase.codePointAt(0));
        boolean wordEnd = !SearchNormalizer.isHan(phrase.codePointBefore(phrase.length()));
        for (int at = normalized.indexOf(phrase); at >= 0; at = normalized.indexOf(phrase, at + 1)) {
            int end = at + phrase.length();
            boolean startOk = !wordStart || at == 0 || normalized.charAt(at - 1) == ' ';
            boolean endOk = !wordEnd || end == normalized.length() || normalized.charAt(end) == ' ';
            if (startOk && endOk) {
                return true;
            }
        }
        return false;
    }
}
