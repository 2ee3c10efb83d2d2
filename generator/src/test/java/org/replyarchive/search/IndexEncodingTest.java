package org.replyarchive.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexEncodingTest {

    @Test
    void varintsRoundTripAndSmallNumbersTakeOneByte() {
        int[] values = {0, 1, 127, 128, 300, 16383, 16384, 1 << 21, Integer.MAX_VALUE};
        ByteSink out = new ByteSink();
        for (int v : values) {
            out.writeVarint(v);
            out.writeSignedVarint(-v);
        }
        ByteReader in = new ByteReader(out.toByteArray());
        for (int v : values) {
            assertEquals(v, in.readVarint());
            assertEquals(-v, in.readSignedVarint());
        }
        assertTrue(!in.hasMore());
        ByteSink one = new ByteSink();
        one.writeVarint(127);
        assertEquals(1, one.size());
        assertEquals(ByteSink.varintSize(16384), 3);
        assertThrows(IllegalArgumentException.class, () -> new ByteSink().writeVarint(-1));
    }

    @Test
    void aPostingFileRoundTripsAndCarriesItsHeader() {
        List<TermPostings> terms = List.of(
                TermPostings.of("talent".getBytes(StandardCharsets.UTF_8), new int[] {0, 7, 300}, new int[] {6, 3, 2},
                        new int[] {0, 1, 200}),
                TermPostings.of("人才".getBytes(StandardCharsets.UTF_8), new int[] {5}, new int[] {7}, new int[] {3}));
        byte[] file = PostingFile.encode(terms);
        assertArrayEquals(new byte[] {'R', 'A', 'S', 'P', PostingFormat.VERSION}, java.util.Arrays.copyOf(file, 5));
        assertEquals(terms, PostingFile.decode(file));
        file[4] = 99;
        assertThrows(IllegalArgumentException.class, () -> PostingFile.decode(file), "another version is refused");
    }

    @Test
    void postingValuesPackTheFrequencyAndTheTitleFlag() {
        int value = PostingFormat.value(9, true);
        assertEquals(19, value);
        assertEquals(9, PostingFormat.frequency(value));
        assertTrue(PostingFormat.inTitle(value));
    }

    @Test
    void normsAreExactForShortDocumentsAndWithinSixPercentAfter() {
        for (int code = 0; code < 256; code++) {
            assertEquals(code, Norms.encode(Norms.decode(code)), "code " + code);
        }
        int previous = -1;
        for (int length = 0; length < 500_000; length += 1 + length / 50) {
            int code = Norms.encode(length);
            assertTrue(code >= previous, "monotonic");
            previous = code;
            int decoded = Norms.decode(code);
            assertTrue(decoded <= length && decoded > length * 0.93 - 1, length + " → " + decoded);
        }
        assertEquals(255, Norms.encode(Integer.MAX_VALUE));
    }

    @Test
    void aDocumentsTermsRoundTripThroughTheCacheFormat() {
        DocumentText text = new RandomDocuments(7).text(20, 200);
        DocumentTerms terms = new TermCounter().count(text);
        ByteSink out = new ByteSink();
        terms.writeTo(out);
        DocumentTerms back = DocumentTerms.readFrom(new ByteReader(out.toByteArray()));
        assertEquals(terms, back);
        assertArrayEquals(terms.hashes(), back.hashes());
        assertTrue(out.size() < terms.utf8().length + terms.size() * 4, "front coding keeps it small");
    }

    @Test
    void termsAreCountedExactlyAsTheStringTokeniserSplitsThem() {
        RandomDocuments random = new RandomDocuments(3);
        List<DocumentText> texts = List.of(random.text(5, 300), random.text(0, 0), random.text(30, 80));
        var expected = ReferenceIndex.expected(texts);
        TermCounter counter = new TermCounter();
        for (int doc = 0; doc < texts.size(); doc++) {
            DocumentTerms terms = counter.count(texts.get(doc));
            int found = 0;
            for (int i = 0; i < terms.size(); i++) {
                String term = new String(terms.term(i), StandardCharsets.UTF_8);
                List<Integer> posting = List.of(doc, terms.values()[i], terms.blocks()[i]);
                assertTrue(expected.get(term).contains(posting), term + " " + posting);
                assertEquals(Fnv.hash(term), terms.hashes()[i]);
                found++;
            }
            int id = doc;
            assertEquals(expected.values().stream().filter(l -> l.stream().anyMatch(p -> p.get(0) == id)).count(),
                    found);
        }
    }

    @Test
    void fnvIsTheHashSearchJsComputes() {
        assertEquals(0xe40c292c, Fnv.hash("a"));
        assertEquals("e40c292c", Fnv.hex(Fnv.hash("a")));
        assertEquals(Fnv.hash("破茧"), Fnv.hash("破茧".toCharArray(), 0, 2));
    }

    @Test
    void theShardCountIsAPowerOfTwoThatGrowsWithThePostings() {
        int previous = 1;
        for (long postings = 0; postings < 100_000_000L; postings = postings * 3 + 1) {
            int count = IndexLayout.shardCount(postings);
            assertEquals(1, Integer.bitCount(count));
            assertTrue(count >= previous && count <= IndexLayout.MAX_SHARDS);
            previous = count;
        }
        assertEquals(1, IndexLayout.shardCount(0));
        assertEquals(IndexLayout.shardCount(1_000_000), IndexLayout.shardCount(1_000_100), "a small edit keeps it");
    }
}
