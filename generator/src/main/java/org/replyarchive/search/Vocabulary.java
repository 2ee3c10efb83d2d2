package org.replyarchive.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The terms "did you mean" may offer, in a small file the browser fetches only when a query finds too little:
 * the Chinese pairs and the words of three letters or more held by two replies or more, the {@value #LIMIT}
 * held by most. It is
 * read from the posting files as they are written or taken over, so a patched index gets the same file as a
 * clean build, and only the best terms are held, so memory stays bounded.
 *
 * <pre>
 * one line per term, in term order: the term, a tab, the number of documents holding it
 * </pre>
 */
final class Vocabulary {

    static final int LIMIT = 8_000;
    /**
     * A term of one reply is left out: most pairs are, and they would make the file as large as the postings,
     * while a mistyped query is most often meant for what several replies hold.
     */
    static final int MIN_DOCUMENTS = 2;

    private record Entry(String term, int documents) {}

    /** Worst first: fewest documents, then the last term, so that which terms are kept is one answer. */
    private static final Comparator<Entry> WORST_FIRST = Comparator.comparingInt(Entry::documents)
            .thenComparing(Entry::term, Comparator.reverseOrder());

    private final PriorityQueue<Entry> best = new PriorityQueue<>(WORST_FIRST);
    /** Every Chinese character the index holds, so that the folding table lists only what it can meet. */
    private final java.util.BitSet characters = new java.util.BitSet();

    /** Takes the terms of one posting file. */
    void addPostingFile(byte[] bytes) {
        addRecord(record(bytes));
    }

    /**
     * What one posting file gives the vocabulary, small enough to keep between builds
     * ({@link VocabularyRecords}): its offered terms with their document counts, then its lone Chinese
     * characters, as varint-prefixed lists.
     */
    static byte[] record(byte[] postingFile) {
        ByteReader in = new ByteReader(postingFile, PostingFormat.HEADER_BYTES, postingFile.length);
        ByteSink offeredTerms = new ByteSink();
        ByteSink lone = new ByteSink();
        int offered = 0;
        int characters = 0;
        for (int n = in.readVarint(); n > 0; n--) {
            int length = in.readVarint();
            int start = in.position();
            String term = new String(postingFile, start, length, StandardCharsets.UTF_8);
            in.skip(length);
            int documents = in.readVarint();
            for (int i = 3 * documents; i > 0; i--) {
                in.readVarint();
            }
            if (documents >= MIN_DOCUMENTS && offered(term)) {
                offeredTerms.writeVarint(length);
                offeredTerms.write(postingFile, start, length);
                offeredTerms.writeVarint(documents);
                offered++;
            } else if (term.codePointCount(0, term.length()) == 1 && SearchNormalizer.isHan(term.codePointAt(0))) {
                lone.writeVarint(term.codePointAt(0));
                characters++;
            }
        }
        ByteSink record = new ByteSink(offeredTerms.size() + lone.size() + 10);
        record.writeVarint(offered);
        record.write(offeredTerms.buffer(), 0, offeredTerms.size());
        record.writeVarint(characters);
        record.write(lone.buffer(), 0, lone.size());
        return record.toByteArray();
    }

    /** Takes the terms of one posting file, from its {@link #record}. */
    synchronized void addRecord(byte[] record) {
        ByteReader in = new ByteReader(record);
        for (int n = in.readVarint(); n > 0; n--) {
            int length = in.readVarint();
            String term = new String(record, in.position(), length, StandardCharsets.UTF_8);
            in.skip(length);
            offer(new Entry(term, in.readVarint()));
        }
        for (int n = in.readVarint(); n > 0; n--) {
            characters.set(in.readVarint());
        }
    }

    private void offer(Entry entry) {
        best.add(entry);
        if (best.size() > LIMIT) {
            best.poll();
        }
    }

    /** A Chinese pair, or a word of letters only: what a reader may mistype. */
    static boolean offered(String term) {
        int[] cps = term.codePoints().toArray();
        if (cps.length == 2 && SearchNormalizer.isHan(cps[0]) && SearchNormalizer.isHan(cps[1])) {
            return true;
        }
        return cps.length >= 3 && term.codePoints().allMatch(Character::isLetter)
                && !SearchNormalizer.isHan(cps[0]);
    }

    /** The Chinese characters of the index's terms. */
    synchronized java.util.BitSet characters() {
        return (java.util.BitSet) characters.clone();
    }

    synchronized byte[] file() {
        List<Entry> entries = new ArrayList<>(best);
        entries.sort(Comparator.comparing(e -> e.term().getBytes(StandardCharsets.UTF_8), java.util.Arrays::compareUnsigned));
        StringBuilder text = new StringBuilder(entries.size() * 10);
        entries.forEach(e -> text.append(e.term()).append('\t').append(e.documents()).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
