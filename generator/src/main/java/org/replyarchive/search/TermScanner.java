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
        void term(char[] chars, int from, int length);
    }

    private final TermSink sink;

    private TermScanner(TermSink sink) {
        this.sink = sink;
    }

    static void scan(CharSequence text, TermSink sink) {
        SearchNormalizer.Normalized normalized = SearchNormalizer.normalized(text.toString());
        new TermScanner(sink).run(normalized.chars(), normalized.length());
    }

    private void run(char[] chars, int length) {
        int start = 0;
        for (int i = 0; i <= length; i++) {
            if (i == length || chars[i] == ' ') {
                piece(chars, start, i);
                start = i + 1;
            }
        }
    }

    /**
     * The terms of one piece, handed over in place: a character and the pair it ends are both runs of the
     * normalised text itself, so no term is copied.
     */
    private void piece(char[] chars, int from, int to) {
        if (from >= to) {
            return;
        }
        if (!SearchNormalizer.isHan(Character.codePointAt(chars, from, to))) {
            sink.term(chars, from, to - from);
            return;
        }
        int previous = -1;
        for (int at = from; at < to; ) {
            int units = Character.charCount(Character.codePointAt(chars, at, to));
            sink.term(chars, at, units);
            if (previous >= 0) {
                sink.term(chars, previous, at + units - previous);
            }
            previous = at;
            at += units;
        }
    }

    static boolean isHan(int cp) {
        return SearchNormalizer.isHan(cp);
    }
}
