package org.replyarchive.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> KEYS = List.of("title", "doc_number", "date", "session", "proposal",
            "handling", "topics", "disclosure", "summary", "source");

    @Test
    void suggestsTheNearestKeyForATypo() {
        assertEquals(Optional.of("title"), Suggestions.nearest("titel", KEYS));
        assertEquals(Optional.of("summary"), Suggestions.nearest("summery", KEYS));
        assertEquals(Optional.of("doc_number"), Suggestions.nearest("docnumber", KEYS));
    }

    @Test
    void allowsTwoEditsInShortNamesAndAThirdOfLongOnes() {
        assertEquals(Optional.of("co"), Suggestions.nearest("cc", List.of("lead", "co")));
        assertEquals(Optional.of("caapd-jilin"), Suggestions.nearest("caapd-jl", List.of("caapd-jilin")));
        assertEquals(Optional.empty(), Suggestions.nearest("caapd", List.of("caapd-jilin")));
    }

    @Test
    void suggestsNothingWhenNoKeyIsNear() {
        assertEquals(Optional.empty(), Suggestions.nearest("author", KEYS));
    }

    @Test
    void breaksTiesAlphabetically() {
        assertEquals(Optional.of("cppcc-13-1"), Suggestions.nearest("cppcc-13-3", List.of("cppcc-13-2", "cppcc-13-1")));
    }

    @Test
    void didYouMeanNamesTheNearestKey() {
        assertEquals("did you mean 'title'?", Suggestions.didYouMean("titel", KEYS));
    }

    @Test
    void didYouMeanListsTheKnownKeysSortedWhenNoneIsNear() {
        assertEquals("known: finance, talent", Suggestions.didYouMean("agriculture", List.of("talent", "finance")));
        assertEquals("none is defined yet", Suggestions.didYouMean("agriculture", List.of()));
    }

    @Test
    void didYouMeanShortensALongList() {
        List<String> known = IntStream.rangeClosed(10, 24).mapToObj(n -> "topic-" + n).toList();

        assertEquals("known: topic-10, topic-11, topic-12, topic-13, topic-14, topic-15, topic-16, topic-17, topic-18,"
                + " topic-19, topic-20, topic-21, … (15 in all)", Suggestions.didYouMean("agriculture", known));
    }

    @Test
    void distanceCountsEditsOfChineseAsOfLatinText() {
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
        assertEquals(2, Suggestions.distance("科技厅", "教育厅"));
        assertEquals(0, Suggestions.distance("", ""));
        assertEquals(4, Suggestions.distance("", "lead"));
    }
}
