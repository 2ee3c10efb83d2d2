package org.replyarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SearchNormalizerTest {

    @Test
    void traditionalCharactersAndVariantsFoldToSimplified() {
        assertEquals("台湾机构", SearchNormalizer.normalize("臺灣機構"));
        assertEquals("里面", SearchNormalizer.normalize("裏麵"));
    }

    @Test
    void fullWidthLatinAndDigitsFoldToHalfWidthAndLowerCase() {
        assertEquals("abc 2023", SearchNormalizer.normalize("ＡＢＣ　２０２３"));
    }

    @Test
    void britishSpellingsMeetAmericanOnes() {
        for (String[] pair : new String[][] {{"fibre", "fiber"}, {"programme", "program"}, {"centre", "center"},
                {"colour", "color"}, {"organisation", "organization"}, {"catalogue", "catalog"},
                {"defence", "defense"}, {"analysed", "analyzed"}, {"programmes", "programs"}}) {
            assertEquals(SearchNormalizer.normalize(pair[1]), SearchNormalizer.normalize(pair[0]), pair[0]);
        }
    }

    @Test
    void wordsAndChineseRunsAreSeparatedByOneSpace() {
        assertEquals("london 2", SearchNormalizer.normalize("London-2"));
        assertEquals("12.34 亿元", SearchNormalizer.normalize("12.34亿元"));
        assertEquals("第 2 号", SearchNormalizer.normalize("第2号"));
    }

    @Test
    void normalisingTwiceChangesNothing() {
        for (String text : new String[] {"臺灣 Talents, 4,567 项", "Ｆｉｂｒｅ-optic 12.34亿元", "甲乙 丙丁"}) {
            String once = SearchNormalizer.normalize(text);
            assertEquals(once, SearchNormalizer.normalize(once), text);
        }
    }

    @Test
    void quotedTextIsOnePhraseAndOtherPiecesAreEach() {
        assertEquals(java.util.List.of("science and technology", "talent", "东北虎"),
                QueryPhrases.of("\"Science and Technology\" talents “东北虎”"));
    }
}
