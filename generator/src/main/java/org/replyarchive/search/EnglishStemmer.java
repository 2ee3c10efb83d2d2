package org.replyarchive.search;

/**
 * A light English stemmer, kept small so that {@code search.js} can mirror it rule for rule: plural and
 * {@code -ing}/{@code -ed} endings are removed from words of letters only. It works in place on a buffer.
 */
final class EnglishStemmer {

    private EnglishStemmer() {}

    /** Stems {@code word[0, length)} in place and returns the stem's length. */
    static int stem(char[] word, int length) {
        if (length <= 3 || !lettersOnly(word, length)) {
            return length;
        }
        if (endsWith(word, length, "ies") && length > 4) {
            word[length - 3] = 'y';
            return length - 2;
        }
        if (endsWith(word, length, "sses")) {
            return length - 2;
        }
        if (endsWith(word, length, "s") && !endsWith(word, length, "ss") && !endsWith(word, length, "us")
                && !endsWith(word, length, "is")) {
            return length - 1;
        }
        if (endsWith(word, length, "ing") && length > 5) {
            return length - 3;
        }
        if (endsWith(word, length, "ed") && length > 4) {
            return length - 2;
        }
        return length;
    }

    private static boolean lettersOnly(char[] word, int length) {
        for (int i = 0; i < length; i++) {
            if (word[i] < 'a' || word[i] > 'z') {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWith(char[] word, int length, String suffix) {
        if (length < suffix.length()) {
            return false;
        }
        for (int i = 0; i < suffix.length(); i++) {
            if (word[length - suffix.length() + i] != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
