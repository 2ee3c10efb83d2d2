package org.replyarchive.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phrase looked for in English text: its words in order, case-insensitive, on word boundaries, across hyphens,
 * line breaks and quotation marks between words, with a plural {@code s} allowed.
 *
 * @param pattern the phrase as a pattern over English text
 * @param firstWord its first word where that is ASCII letters and digits, by which a place is ruled out before
 *     the pattern is tried there (most places are: the pattern cost a tenth of a build); else null
 * @param initial the character (lower case) the phrase starts with
 */
record EnglishPhrase(Pattern pattern, String firstWord, char initial) {

    private static final Pattern WORD_GAP = Pattern.compile("[\\s\\-‐‑‒–—\"“”‘’']+");
    private static final String ENGLISH_GAP = "[\"“”‘’']*[\\s\\-‐‑‒–—]+[\"“”‘’']*";

    /** {@code form} as a phrase; null for a form with no word in it. */
    static EnglishPhrase of(String form) {
        List<String> words = new ArrayList<>();
        for (String word : WORD_GAP.split(form)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])"
                + String.join(ENGLISH_GAP, words.stream().map(Pattern::quote).toList()) + "s?(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        String first = words.get(0);
        boolean ascii = first.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c));
        return new EnglishPhrase(pattern, ascii ? first : null, Character.toLowerCase(first.charAt(0)));
    }

    /** Where the phrase ends if it starts at {@code i} of {@code text}; -1 if it does not. */
    int endAt(String text, int i) {
        if (firstWord != null && !text.regionMatches(true, i, firstWord, 0, firstWord.length())) {
            return -1;
        }
        Matcher m = pattern.matcher(text).region(i, text.length()).useTransparentBounds(true);
        return m.lookingAt() ? m.end() : -1;
    }
}
