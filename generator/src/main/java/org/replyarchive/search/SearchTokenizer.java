package org.replyarchive.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into search terms the same way at build time and, in {@code search.js}, in the browser. Both
 * work on the {@link SearchNormalizer normalised} text:
 *
 * <ul>
 *   <li>a page's run of Chinese characters gives every character and every overlapping pair ({@code 东北虎} →
 *       东, 东北, 北, 北虎, 虎); a query's run gives its pairs only, or the character when it has one, so that
 *       a query of one character finds it inside any word and a longer one needs only its pairs;</li>
 *   <li>a word of letters and digits is one term ({@code talents} → {@code talent}, {@code 4,567} →
 *       {@code 4567});</li>
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

    /** The terms of a page's {@code text}, in order, with repeats. */
    public static List<String> tokens(String text) {
        List<String> terms = new ArrayList<>();
        TermScanner.scan(text, (chars, from, length) -> terms.add(new String(chars, from, length)));
        return terms;
    }

    /** The document-number terms of {@code text}: one per number written in it. */
    public static List<String> docNumberTokens(String text) {
        List<String> terms = new ArrayList<>();
        Matcher m = DOC_NUMBER.matcher(foldEach(text));
        while (m.find()) {
            terms.add(DOC_NUMBER_PREFIX + m.group(1) + m.group(2) + "-" + Integer.parseInt(m.group(3)));
        }
        return terms;
    }

    /**
     * The terms of a query: a query that is a document number searches for that number only; any other
     * query, for the terms of its phrases ({@link QueryPhrases}). ({@code search.js} falls back to the
     * phrases when no reply has the number as its own, so that a number cited in replies' text is found.)
     */
    public static List<String> queryTokens(String query) {
        String trimmed = foldEach(query).replaceAll("^" + SPACE + "+|" + SPACE + "+$", "");
        Matcher m = DOC_NUMBER.matcher(trimmed);
        if (m.matches()) {
            return docNumberTokens(trimmed);
        }
        LinkedHashSet<String> terms = new LinkedHashSet<>();
        QueryPhrases.of(query).forEach(phrase -> terms.addAll(phraseTerms(phrase)));
        return List.copyOf(terms);
    }

    /** The terms a normalised phrase needs: its words, and its Chinese runs' pairs (or lone character). */
    public static List<String> phraseTerms(String normalizedPhrase) {
        List<String> terms = new ArrayList<>();
        for (String piece : normalizedPhrase.split(" ")) {
            if (piece.isEmpty()) {
                continue;
            }
            int[] cps = piece.codePoints().toArray();
            if (!isHan(cps[0]) || cps.length == 1) {
                terms.add(piece);
                continue;
            }
            for (int i = 0; i + 1 < cps.length; i++) {
                terms.add(new String(cps, i, 2));
            }
        }
        return terms;
    }

    /** Each character folded, nothing joined or dropped: what a document number is recognised in. */
    static String foldEach(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().map(ScriptFolding::fold).forEach(folded::appendCodePoint);
        return folded.toString();
    }

    static boolean isHan(int codePoint) {
        return SearchNormalizer.isHan(codePoint);
    }

    /** The stem of a lower-case word, by {@link EnglishStemmer}. */
    static String stem(String word) {
        char[] chars = word.toCharArray();
        return new String(chars, 0, EnglishStemmer.stem(chars, chars.length));
    }
}
