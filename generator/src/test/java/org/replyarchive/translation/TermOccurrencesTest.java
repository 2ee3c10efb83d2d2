package org.replyarchive.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.replyarchive.model.GlossaryTerm;
import org.replyarchive.model.Localized;

class TermOccurrencesTest {

    private static GlossaryTerm term(String key, String zh) {
        return new GlossaryTerm(key, new Localized<>(zh, key), new Localized<>("定义", "Definition"), List.of());
    }

    private final TermOccurrences occurrences = new TermOccurrences(
            List.of(term("srdi", "专精特新"), term("little-giant", "专精特新“小巨人”企业"), term("giant", "小巨人")));

    @Test
    void theLongestFormWinsWhereFormsOverlap() {
        assertEquals(List.of("little-giant"), keys("培育专精特新“小巨人”企业12户"));
    }

    @Test
    void aShorterTermElsewhereInTheBlockStillCounts() {
        assertEquals(List.of("little-giant", "srdi"), keys("专精特新“小巨人”企业和其他专精特新企业"));
    }

    @Test
    void aBlockWithoutTermsHoldsNone() {
        assertEquals(List.of(), keys("正文第一段。"));
    }

    private List<String> keys(String chinese) {
        return occurrences.in(chinese).stream().map(GlossaryTerm::key).toList();
    }
}
