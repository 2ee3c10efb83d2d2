package org.replyarchive.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class HeadingIdsTest {

    private static List<String> ids(String... headings) {
        HeadingIds ids = new HeadingIds();
        return Stream.of(headings).map(ids::next).toList();
    }

    @Test
    void keepsChineseTextAndJoinsItsPartsWithDashes() {
        assertEquals(List.of("一-关于-人才-的建议", "一-省科技厅"), ids("一、关于“人才”的建议", "（一）省科技厅"));
    }

    @Test
    void lowerCasesEnglishAndDropsPunctuation() {
        assertEquals(List.of("1-on-talent", "reply-to-proposal-no-2023d51"),
                ids("1. On \"talent\"", "Reply to Proposal No. 2023D51!"));
    }

    @Test
    void numbersRepeatedHeadings() {
        assertEquals(List.of("建议", "建议-2", "建议-3"), ids("建议", "建议", "建议"));
    }

    @Test
    void givesPunctuationOnlyHeadingsAFixedWord() {
        assertEquals(List.of("section", "section-2"), ids("？！", "——"));
    }

    @Test
    void shortensLongHeadingsToFortyEightCharacters() {
        assertEquals(List.of("长".repeat(48)), ids("长".repeat(60)));
    }

    @Test
    void startsAfreshForEachDocument() {
        assertEquals(List.of("建议"), ids("建议"));
        assertEquals(List.of("建议"), ids("建议"));
    }
}
