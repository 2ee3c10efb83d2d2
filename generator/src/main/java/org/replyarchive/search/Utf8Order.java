package org.replyarchive.search;

import java.util.Arrays;

/**
 * Sorts a document's distinct terms, held as runs of an arena of characters, in unsigned UTF-8 order without
 * encoding them first.
 */
final class Utf8Order {

    private final char[] arena;
    private final int[] starts;
    private final int[] lengths;
    private final int size;

    Utf8Order(char[] arena, int[] starts, int[] lengths, int size) {
        this.arena = arena;
        this.starts = starts;
        this.lengths = lengths;
        this.size = size;
    }

    /**
     * The terms in unsigned UTF-8 order, which is code point order unless {@code loneSurrogates} (some term holds
     * one). Most terms are one or two characters (Chinese characters and their pairs), so the terms are sorted
     * as numbers made of their first two characters, and only terms that tie on those, which are longer, are
     * compared in full.
     */
    int[] sorted(boolean loneSurrogates) {
        if (loneSurrogates) {
            return byteOrder();
        }
        if (size >= 1 << INDEX_BITS) {
            return IntSort.sorted(size, this::compare);
        }
        long[] keys = new long[size];
        for (int t = 0; t < size; t++) {
            keys[t] = leadingKey(t) << INDEX_BITS | t;
        }
        Arrays.sort(keys);
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = (int) (keys[i] & ((1 << INDEX_BITS) - 1));
        }
        for (int from = 0; from < size; ) {
            int to = from + 1;
            while (to < size && keys[to] >>> INDEX_BITS == keys[from] >>> INDEX_BITS) {
                to++;
            }
            if (to - from > 1) {
                int[] tied = Arrays.copyOfRange(order, from, to);
                int[] sorted = IntSort.sorted(tied.length, (a, b) -> compare(tied[a], tied[b]));
                for (int i = 0; i < sorted.length; i++) {
                    order[from + i] = tied[sorted[i]];
                }
            }
            from = to;
        }
        return order;
    }

    private static final int INDEX_BITS = 24;

    /**
     * The order of the terms' bytes themselves, where a term holds a lone surrogate: UTF-8 writes it as
     * {@code ?}, out of code point order. (Normalised text holds none; a sink given any text still sorts right.)
     */
    private int[] byteOrder() {
        byte[][] utf8 = new byte[size][];
        for (int t = 0; t < size; t++) {
            utf8[t] = new String(arena, starts[t], lengths[t]).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        return IntSort.sorted(size, (a, b) -> Arrays.compareUnsigned(utf8[a], utf8[b]));
    }

    static boolean holdsLoneSurrogate(char[] chars, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (Character.isHighSurrogate(chars[i]) && i + 1 < from + length && Character.isLowSurrogate(chars[i + 1])) {
                i++;
            } else if (Character.isSurrogate(chars[i])) {
                return true;
            }
        }
        return false;
    }

    /** Term {@code t}'s first two characters as a number in code point order, a lone character first. */
    private long leadingKey(int t) {
        long first = codePointOrder(arena[starts[t]]);
        int second = lengths[t] > 1 ? codePointOrder(arena[starts[t] + 1]) + 1 : 0;
        return first << 17 | second;
    }

    /** Terms {@code a} and {@code b} compared in code point order. */
    private int compare(int a, int b) {
        int common = Math.min(lengths[a], lengths[b]);
        for (int i = 0; i < common; i++) {
            char x = arena[starts[a] + i];
            char y = arena[starts[b] + i];
            if (x != y) {
                return codePointOrder(x) - codePointOrder(y);
            }
        }
        return lengths[a] - lengths[b];
    }

    /**
     * A UTF-16 unit's place in code point order: surrogates (which stand for code points above U+FFFF) move
     * after the rest of the Basic Multilingual Plane, which UTF-16's own order puts them before.
     */
    private static int codePointOrder(char c) {
        if (c < Character.MIN_SURROGATE) {
            return c;
        }
        return c <= Character.MAX_SURROGATE ? c + 0x2000 : c - 0x800;
    }
}
