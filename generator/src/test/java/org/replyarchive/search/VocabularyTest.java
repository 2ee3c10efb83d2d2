package org.replyarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void offersChinesePairsAndWordsOfLettersOnly() {
        assertTrue(Vocabulary.offered("科技"));
        assertTrue(Vocabulary.offered("talent"));
        assertFalse(Vocabulary.offered("科"), "a lone character has nothing to be mistyped for");
        assertFalse(Vocabulary.offered("2023"));
        assertFalse(Vocabulary.offered("2023d51"));
        assertFalse(Vocabulary.offered("#吉科发人才2023-91"));
        assertFalse(Vocabulary.offered("is"));
    }

    @Test
    void listsEachOfferedTermOfTwoRepliesOrMoreInTermOrderWhateverTheOrderOfTheFiles() {
        byte[] first = postingFile(List.of("talent", "科技", "创新"), List.of(2, 3, 1));
        byte[] second = postingFile(List.of("2023", "policy"), List.of(3, 2));
        Vocabulary one = new Vocabulary();
        one.addPostingFile(first);
        one.addPostingFile(second);
        Vocabulary other = new Vocabulary();
        other.addPostingFile(second);
        other.addPostingFile(first);
        assertEquals("policy\t2\ntalent\t2\n科技\t3\n", new String(one.file(), StandardCharsets.UTF_8),
                "创新 is held by one reply only");
        assertEquals(new String(one.file(), StandardCharsets.UTF_8), new String(other.file(), StandardCharsets.UTF_8));
    }

    /** A posting file of the given terms, each held by that many documents (ids 0, 1, …). */
    private static byte[] postingFile(List<String> terms, List<Integer> documents) {
        ByteSink out = new ByteSink(64);
        PostingFormat.writeHeader(out, PostingFormat.POSTINGS_MAGIC);
        out.writeVarint(terms.size());
        for (int t = 0; t < terms.size(); t++) {
            out.writeString(terms.get(t));
            out.writeVarint(documents.get(t));
            for (int d = 0; d < documents.get(t); d++) {
                out.writeVarint(d == 0 ? 0 : 1);
                out.writeVarint(4);
                out.writeVarint(1);
            }
        }
        return out.toByteArray();
    }
}
