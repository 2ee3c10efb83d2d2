package org.replyarchive.search;

/**
 * The tokeniser itself, without a String per term: it hands each term to a {@link TermSink} as characters in
 * a reused buffer, so that an archive of hundreds of millions of terms is tokenised without allocating them.
 * {@link SearchTokenizer#tokens} is built on it, so both give exactly the same terms.
 */
final class TermScanner {

    /** Receives each term in order; the characters are valid only during the call. */
    interface TermSink {
        void term(char[] chars, int length);
    }

    /** Chinese in the basic block, the bulk of the text, is recognised without a script lookup. */
    private static final int HAN_FAST_FROM = 0x4E00;
    private static final int HAN_FAST_TO = 0x9FFC;

    private final TermSink sink;
    private char[] word = new char[64];
    private int wordLength;
    private final char[] pair = new char[4];
    /** The last Chinese character of the current run (one or two UTF-16 units), and the run's length. */
    private final char[] previousHan = new char[2];
    private int previousHanUnits;
    private int hanRun;

    private TermScanner(TermSink sink) {
        this.sink = sink;
    }

    static void scan(CharSequence text, TermSink sink) {
        new TermScanner(sink).run(text);
    }

    private void run(CharSequence text) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int cp = c;
            int units = 1;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                cp = Character.toCodePoint(c, text.charAt(i + 1));
                units = 2;
            }
            if (isHan(cp)) {
                flushWord();
                han(text, i, units);
            } else if (isLetterOrDigit(cp)) {
                flushHan();
                appendWord(text, i, units);
            } else {
                flushHan();
                flushWord();
            }
            i += units;
        }
        flushHan();
        flushWord();
    }

    static boolean isHan(int cp) {
        if (cp < 0x80) {
            return false;
        }
        if (cp >= HAN_FAST_FROM && cp <= HAN_FAST_TO) {
            return true;
        }
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static boolean isLetterOrDigit(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        return Character.isLetterOrDigit(cp);
    }

    /** Each character after the first of a run gives the bigram it ends. */
    private void han(CharSequence text, int at, int units) {
        if (hanRun > 0) {
            System.arraycopy(previousHan, 0, pair, 0, previousHanUnits);
            for (int k = 0; k < units; k++) {
                pair[previousHanUnits + k] = text.charAt(at + k);
            }
            sink.term(pair, previousHanUnits + units);
        }
        for (int k = 0; k < units; k++) {
            previousHan[k] = text.charAt(at + k);
        }
        previousHanUnits = units;
        hanRun++;
    }

    /** A run of one character is a term by itself. */
    private void flushHan() {
        if (hanRun == 1) {
            sink.term(previousHan, previousHanUnits);
        }
        hanRun = 0;
    }

    private void appendWord(CharSequence text, int at, int units) {
        if (wordLength + units > word.length) {
            word = java.util.Arrays.copyOf(word, word.length * 2);
        }
        for (int k = 0; k < units; k++) {
            word[wordLength++] = text.charAt(at + k);
        }
    }

    private void flushWord() {
        if (wordLength == 0) {
            return;
        }
        if (lowerCaseAscii()) {
            sink.term(word, EnglishStemmer.stem(word, wordLength));
        } else {
            // Outside ASCII, lower-casing may change the length (İ) or depend on context (final Σ): Java does it.
            char[] lowered = new String(word, 0, wordLength).toLowerCase(java.util.Locale.ROOT).toCharArray();
            sink.term(lowered, EnglishStemmer.stem(lowered, lowered.length));
        }
        wordLength = 0;
    }

    /** Lower-cases the word in place when it is ASCII; false, and untouched, when it is not. */
    private boolean lowerCaseAscii() {
        for (int i = 0; i < wordLength; i++) {
            if (word[i] >= 0x80) {
                return false;
            }
        }
        for (int i = 0; i < wordLength; i++) {
            char c = word[i];
            if (c >= 'A' && c <= 'Z') {
                word[i] = (char) (c + 32);
            }
        }
        return true;
    }
}
