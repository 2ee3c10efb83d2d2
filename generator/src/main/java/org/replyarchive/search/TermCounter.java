package org.replyarchive.search;

import java.util.Arrays;

/**
 * Counts one document's terms as the scanner finds them, in an open-addressing table over a character arena:
 * no String or boxed number per occurrence, one array entry per distinct term. Reused from document to
 * document by one thread.
 */
final class TermCounter implements TermScanner.TermSink {

    private char[] arena = new char[1 << 14];
    private int arenaUsed;
    private int[] starts = new int[1024];
    private int[] lengths = new int[1024];
    private int[] hashes = new int[1024];
    private int[] frequencies = new int[1024];
    private boolean[] titles = new boolean[1024];
    private int[] firstBlocks = new int[1024];
    private int size;
    private boolean loneSurrogates;
    /** Term index plus one per slot, 0 for an empty slot; the capacity is a power of two. */
    private int[] slots = new int[2048];

    private int boost;
    private boolean title;
    private int block;

    /** The terms of {@code text}, tokenised and weighted as BM25 wants them. */
    DocumentTerms count(DocumentText text) {
        clear();
        field(text.title(), Bm25.TITLE_BOOST, true, 0);
        field(text.meta(), Bm25.META_BOOST, false, 0);
        boost = Bm25.META_BOOST;
        title = false;
        block = 0;
        for (String number : text.docNumbers()) {
            term(number.toCharArray(), 0, number.length());
        }
        for (int i = 0; i < text.blocks().size(); i++) {
            field(text.blocks().get(i), 1, false, i + 1);
        }
        return terms();
    }

    private void field(String text, int fieldBoost, boolean inTitle, int blockPlusOne) {
        boost = fieldBoost;
        title = inTitle;
        block = blockPlusOne;
        TermScanner.scan(text, this);
    }

    @Override
    public void term(char[] chars, int from, int length) {
        int hash = Fnv.hash(chars, from, length);
        int mask = slots.length - 1;
        int slot = mix(hash) & mask;
        while (slots[slot] != 0) {
            int t = slots[slot] - 1;
            if (hashes[t] == hash && equal(t, chars, from, length)) {
                record(t);
                return;
            }
            slot = (slot + 1) & mask;
        }
        int t = insert(chars, from, length, hash);
        slots[slot] = t + 1;
        record(t);
        if (size * 2 > slots.length) {
            rehash();
        }
    }

    private void record(int t) {
        frequencies[t] += boost;
        titles[t] |= title;
        if (block > 0 && firstBlocks[t] == 0) {
            firstBlocks[t] = block;
        }
    }

    private int insert(char[] chars, int from, int length, int hash) {
        if (size == starts.length) {
            grow();
        }
        if (arenaUsed + length > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaUsed + length));
        }
        System.arraycopy(chars, from, arena, arenaUsed, length);
        loneSurrogates |= Utf8Order.holdsLoneSurrogate(chars, from, length);
        starts[size] = arenaUsed;
        lengths[size] = length;
        hashes[size] = hash;
        frequencies[size] = 0;
        titles[size] = false;
        firstBlocks[size] = 0;
        arenaUsed += length;
        return size++;
    }

    /** A plain loop: terms are mostly one or two characters, too short for {@link Arrays#equals}' setup. */
    private boolean equal(int t, char[] chars, int from, int length) {
        if (lengths[t] != length) {
            return false;
        }
        int start = starts[t];
        for (int i = 0; i < length; i++) {
            if (arena[start + i] != chars[from + i]) {
                return false;
            }
        }
        return true;
    }

    /** Spreads FNV's low bits, which alone pick the slot. */
    private static int mix(int hash) {
        return hash ^ (hash >>> 16);
    }

    private void grow() {
        int capacity = starts.length * 2;
        starts = Arrays.copyOf(starts, capacity);
        lengths = Arrays.copyOf(lengths, capacity);
        hashes = Arrays.copyOf(hashes, capacity);
        frequencies = Arrays.copyOf(frequencies, capacity);
        titles = Arrays.copyOf(titles, capacity);
        firstBlocks = Arrays.copyOf(firstBlocks, capacity);
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int t = 0; t < size; t++) {
            int slot = mix(hashes[t]) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = t + 1;
        }
    }

    private void clear() {
        if (slots.length > 1 << 16) {
            slots = new int[2048];
        } else {
            Arrays.fill(slots, 0);
        }
        size = 0;
        arenaUsed = 0;
        loneSurrogates = false;
    }

    /**
     * The terms counted (by {@link #count}, or given one by one) in unsigned UTF-8 order, the order of every
     * list in the index.
     */
    DocumentTerms terms() {
        int[] order = new Utf8Order(arena, starts, lengths, size).sorted(loneSurrogates);
        ByteSink bytes = new ByteSink(size * 6);
        int[] ends = new int[size];
        int[] termHashes = new int[size];
        int[] values = new int[size];
        int[] blocks = new int[size];
        long total = 0;
        for (int i = 0; i < size; i++) {
            int t = order[i];
            bytes.writeUtf8(arena, starts[t], lengths[t]);
            ends[i] = bytes.size();
            termHashes[i] = hashes[t];
            values[i] = PostingFormat.value(frequencies[t], titles[t]);
            blocks[i] = firstBlocks[t];
            total += frequencies[t];
        }
        return new DocumentTerms(bytes.toByteArray(), ends, termHashes, values, blocks,
                (int) Math.min(Integer.MAX_VALUE, total));
    }
}
