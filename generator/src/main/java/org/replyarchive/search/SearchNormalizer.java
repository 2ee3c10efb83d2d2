package org.replyarchive.search;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;

/**
 * The form in which search compares text, the same for pages (here) and queries ({@code search.js}), proved
 * by the shared fixture {@code search-normalization.txt}:
 *
 * <ul>
 *   <li>each character folded by {@link ScriptFolding} (width, traditional → simplified, case);</li>
 *   <li>Chinese characters run on across spaces and punctuation ({@code 甲乙 丙丁} reads {@code 甲乙丙丁}), as a
 *       reader types a phrase without them;</li>
 *   <li>a word of letters and digits is folded to American spelling and lightly stemmed; a number keeps its
 *       decimal point and loses its thousands separators ({@code 4,567} → {@code 4567});</li>
 *   <li>words and runs of Chinese are separated by one space.</li>
 * </ul>
 */
public final class SearchNormalizer {

    private static final int HAN_FAST_FROM = 0x4E00;
    private static final int HAN_FAST_TO = 0x9FFC;

    private static final byte OTHER = 0;
    private static final byte HAN = 1;
    private static final byte WORD = 2;
    /**
     * What each code point of the Basic Multilingual Plane is, worked out once from {@link #isHan} and
     * {@link #isWordChar}: every character of every page is asked, and ICU's lookups for each of the many
     * punctuation marks of Chinese text cost more than the rest of the normalising.
     */
    private static final byte[] KINDS = kinds();

    private final String text;
    /** The normalised text so far: {@code out[0, size)}. */
    private char[] out;
    private int size;
    private final StringBuilder word = new StringBuilder();
    private char[] stemBuffer = new char[32];
    /** What was written last: 0 nothing, 'h' a Chinese character, 'w' a word. */
    private char last;

    private SearchNormalizer(String text) {
        this.text = text;
        this.out = new char[text.length() + 8];
    }

    /** The normalised form of {@code text}. */
    public static String normalize(String text) {
        Normalized normalized = normalized(text);
        return new String(normalized.chars(), 0, normalized.length());
    }

    /** {@code chars[0, length)} is the normalised text. */
    record Normalized(char[] chars, int length) {}

    /** {@link #normalize}, in the array it was written into, which the tokeniser reads without another copy. */
    static Normalized normalized(String text) {
        SearchNormalizer normalizer = new SearchNormalizer(text);
        normalizer.run();
        return new Normalized(normalizer.out, normalizer.size);
    }

    private void append(char c) {
        if (size == out.length) {
            out = java.util.Arrays.copyOf(out, out.length * 2);
        }
        out[size++] = c;
    }

    private void appendCodePoint(int cp) {
        if (Character.isBmpCodePoint(cp)) {
            append((char) cp);
        } else {
            append(Character.highSurrogate(cp));
            append(Character.lowSurrogate(cp));
        }
    }

    static boolean isHan(int cp) {
        if (cp < 0x80) {
            return false;
        }
        if (cp >= HAN_FAST_FROM && cp <= HAN_FAST_TO) {
            return true;
        }
        return UScript.getScript(cp) == UScript.HAN;
    }

    static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        return UCharacter.isLetter(cp) || UCharacter.getType(cp) == UCharacter.DECIMAL_DIGIT_NUMBER;
    }

    private static byte[] kinds() {
        byte[] kinds = new byte[Character.MIN_SUPPLEMENTARY_CODE_POINT];
        for (int cp = 0; cp < kinds.length; cp++) {
            kinds[cp] = kindOf(cp);
        }
        return kinds;
    }

    private static byte kindOf(int cp) {
        return isHan(cp) ? HAN : isWordChar(cp) ? WORD : OTHER;
    }

    private static byte kind(int cp) {
        return cp < KINDS.length ? KINDS[cp] : kindOf(cp);
    }

    private void run() {
        int i = 0;
        while (i < text.length()) {
            int raw = text.codePointAt(i);
            int next = i + Character.charCount(raw);
            int cp = ScriptFolding.fold(raw);
            byte kind = kind(cp);
            if (kind == HAN) {
                flushWord();
                if (last == 'w') {
                    append(' ');
                }
                appendCodePoint(cp);
                last = 'h';
            } else if (kind == WORD) {
                if (word.length() == 0 && last != 0) {
                    append(' ');
                }
                word.appendCodePoint(cp);
            } else if (!keptInNumber(cp, next)) {
                flushWord();
            }
            i = next;
        }
        flushWord();
    }

    /**
     * A decimal point between digits stays in the number; a comma before exactly three digits is a
     * thousands separator and is dropped. Either way the number goes on.
     */
    private boolean keptInNumber(int cp, int next) {
        if ((cp != '.' && cp != ',') || word.length() == 0 || !isAsciiDigit(word.charAt(word.length() - 1))) {
            return false;
        }
        if (cp == '.') {
            if (next < text.length() && isAsciiDigit(ScriptFolding.fold(text.charAt(next)))) {
                word.append('.');
                return true;
            }
            return false;
        }
        int digits = 0;
        while (next + digits < text.length() && isAsciiDigit(ScriptFolding.fold(text.charAt(next + digits)))) {
            digits++;
        }
        return digits == 3;
    }

    private static boolean isAsciiDigit(int cp) {
        return cp >= '0' && cp <= '9';
    }

    private void flushWord() {
        if (word.length() == 0) {
            return;
        }
        // term(word), stemmed in a reused buffer and appended without a String of its own (nor one for the
        // spelling, unless it has a British ending).
        CharSequence american = SpellingVariants.american(word);
        if (stemBuffer.length < american.length()) {
            stemBuffer = new char[Math.max(american.length(), stemBuffer.length * 2)];
        }
        for (int i = 0; i < american.length(); i++) {
            stemBuffer[i] = american.charAt(i);
        }
        int stem = EnglishStemmer.stem(stemBuffer, american.length());
        for (int i = 0; i < stem; i++) {
            append(stemBuffer[i]);
        }
        word.setLength(0);
        last = 'w';
    }

    /** A folded word as the index holds it: American spelling, then the stem. */
    static String term(String word) {
        String american = SpellingVariants.american(word);
        char[] chars = american.toCharArray();
        return new String(chars, 0, EnglishStemmer.stem(chars, chars.length));
    }
}
