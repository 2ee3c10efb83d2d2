package org.replyarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.replyarchive.testing.RandomTexts;

class TermCounterTest {

    /** Characters on both sides of the surrogates, and surrogate pairs. */
    private static final String[] UNITS = {"a", "b", "z", "é", "ア", "中", "国", "人", "\uD7FF", "\uE000", "\uFF21",
        "\uFFFF", "𠀀", "𠀁", "😀"};

    @Test
    void givesEachTermOnceInUnsignedUtf8OrderWithItsBytes() {
        assertOrdered(UNITS);
    }

    @Test
    void ordersTermsWithLoneSurrogatesByTheirBytes() {
        String[] units = Arrays.copyOf(UNITS, UNITS.length + 2);
        units[UNITS.length] = "\uD800";
        units[UNITS.length + 1] = "\uDC00";
        assertOrdered(units);
    }

    private static void assertOrdered(String[] units) {
        Random random = new Random(20240529);
        for (int round = 0; round < 300; round++) {
            TermCounter counter = new TermCounter();
            // Distinct terms; two lone surrogates are distinct terms that UTF-8 writes alike, as ?.
            Set<String> distinct = new HashSet<>();
            int terms = 1 + random.nextInt(400);
            for (int i = 0; i < terms; i++) {
                String term = RandomTexts.of(random, units, 1 + random.nextInt(random.nextBoolean() ? 2 : 6));
                char[] chars = ("<" + term + ">").toCharArray();
                counter.term(chars, 1, chars.length - 2);
                distinct.add(term);
            }
            List<byte[]> expected = distinct.stream().map(t -> t.getBytes(StandardCharsets.UTF_8))
                    .sorted(Arrays::compareUnsigned).toList();
            DocumentTerms counted = counter.terms();
            List<String> found = new ArrayList<>();
            for (int i = 0; i < counted.ends().length; i++) {
                found.add(Arrays.toString(counted.term(i)));
            }
            assertEquals(expected.stream().map(Arrays::toString).toList(), found);
        }
    }
}
