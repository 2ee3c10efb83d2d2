package org.replyarchive.search;

/**
 * The tokeniser: it normalises the text ({@link SearchNormalizer}) and hands each term to a {@link TermSink}
 * as characters in a reused buffer, so that an archive of hundreds of millions of terms is tokenised without
 * a String per term. In the normalised text, a run of Chinese characters gives each character (so that a
 * one-character query finds it inside a word) and each overlapping pair (so that longer phrases are found
 * without word segmentation); each other space-separated piece is one word term.
 * {@link SearchTokenizer#tokens} is built on it, so both give exactly the same terms.
 */
final class TermScanner {

    /** Receives each term in order; the characters are valid only during the call. */
    interface TermSink {
        void term(char[] chars, int length);
    }

    private final TermSink sink;
    private final char[] pair = new char[4];

    private TermScanner(TermSink sink) {
        this.sink = sink;
    }

    static void scan(CharSequence text, TermSink sink) {
        new TermScanner(sink).run(SearchNormalizer.normalize(text.toString()));
    }

    private void run(String normalized) {
        char[] chars = normalized.toCharArray();
        int start = 0;
        for (int i = 0; i <= chars.length; i++) {
            if (i == chars.length || chars[i] == ' ') {
                piece(chars, start, i);
                start = i + 1;
            }
        }
    }

    private void piece(char[] chars, int from, int to) {
        if (from >= to) {
            return;
        }
        if (!SearchNormalizer.isHan(Character.codePointAt(chars, from))) {
            sink.term(java.util.Arrays.copyOfRange(chars, from, to), to - from);
            return;
        }
        int previous = -1;
        for (int at = from; at < to; at += Character.charCount(Character.codePointAt(chars, at))) {
            int units = Character.charCount(Character.codePointAt(chars, at));
            sink.term(java.util.Arrays.copyOfRange(chars, at, at + units), units);
            if (previous >= 0) {
                System.arraycopy(chars, previous, pair, 0, at + units - previous);
                sink.term(pair, at + units - previous);
            }
            previous = at;
        }
    }

    static boolean isHan(int cp) {
        return SearchNormalizer.isHan(cp);
    }
}
