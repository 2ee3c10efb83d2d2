package org.replyarchive.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into search terms the same way at build time and, in {@code search.js}, in the browser:
 *
 * <ul>
 *   <li>a run of Chinese characters gives its overlapping bigrams ({@code 破茧成蝶} → 破茧, 茧成, 成蝶), or the
 *       character itself when it stands alone, so that any phrase of two or more characters is found without
 *       word segmentation;</li>
 *   <li>a run of letters and digits is lower-cased and, if it is a word, lightly stemmed ({@code talents} →
 *       {@code talent});</li>
 *   <li>a document number such as {@code 吉科发人才【2023】91 号} becomes one term, the same whatever brackets and
 *       spaces it was written with.</li>
 * </ul>
 */
public final class SearchTokenizer {

    /**
     * The spaces a document number may hold and a query is trimmed of, listed one by one because Java's and
     * JavaScript's {@code \\s} differ; {@code search.js} lists the same.
     */
    static final String SPACE = "[ \\t\\n\\r\\f\\u000b\\u00a0\\u3000\\ufeff\\u2000-\\u200a]";

    /** A document number: issuer characters, a year in any kind of brackets, a number, 号. */
    static final Pattern DOC_NUMBER = Pattern.compile("(\\p{IsHan}{2,12})" + SPACE + "*[〔【\\[（(]" + SPACE
            + "*(\\d{4})" + SPACE + "*[〕】\\]）)]" + SPACE + "*(\\d{1,4})" + SPACE + "*号");

    /** The prefix that marks a document-number term, so it can never clash with a word. */
    static final String DOC_NUMBER_PREFIX = "#";

    private SearchTokenizer() {}

    /** The terms of {@code text}, in order, with repeats. */
    public static List<String> tokens(String text) {
        List<String> terms = new ArrayList<>();
        TermScanner.scan(text, (chars, length) -> terms.add(new String(chars, 0, length)));
        return terms;
    }

    /** The document-number terms of {@code text}: one per number written in it. */
    public static List<String> docNumberTokens(String text) {
        List<String> terms = new ArrayList<>();
        Matcher m = DOC_NUMBER.matcher(text);
        while (m.find()) {
            terms.add(DOC_NUMBER_PREFIX + m.group(1) + m.group(2) + "-" + Integer.parseInt(m.group(3)));
        }
        return terms;
    }

    /**
     * The terms of a query: a query that is a document number searches for that number only; any other
     * query, for its words. ({@code search.js} falls back to the words when no reply has the number as its
     * own, so that a number cited in replies' text is still found.)
     */
    public static List<String> queryTokens(String query) {
        String trimmed = query.replaceAll("^" + SPACE + "+|" + SPACE + "+$", "");
        Matcher m = DOC_NUMBER.matcher(trimmed);
        if (m.matches()) {
            return docNumberTokens(trimmed);
        }
        return tokens(trimmed).stream().distinct().toList();
    }

    static boolean isHan(int codePoint) {
        return TermScanner.isHan(codePoint);
    }

    /** The stem of a lower-case word, by {@link EnglishStemmer}. */
    static String stem(String word) {
        char[] chars = word.toCharArray();
        return new String(chars, 0, EnglishStemmer.stem(chars, chars.length));
    }
}
