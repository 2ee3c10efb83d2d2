package org.replyarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTokenizerTest {

    @Test
    void chineseRunsGiveEveryCharacterAndOverlappingBigrams() {
        assertEquals(List.of("破", "茧", "破茧", "成", "茧成", "蝶", "成蝶"), SearchTokenizer.tokens("破茧成蝶"));
    }

    @Test
    void aQueryOfOneCharacterSearchesThatCharacterAndALongerOneItsPairsOnly() {
        assertEquals(List.of("虎"), SearchTokenizer.queryTokens("虎"));
        assertEquals(List.of("东北", "北虎"), SearchTokenizer.queryTokens("东北虎"));
    }

    @Test
    void spacesAndPunctuationBetweenChineseCharactersDoNotBreakTheRun() {
        assertEquals(SearchTokenizer.tokens("甲乙丙丁"), SearchTokenizer.tokens("甲乙 丙丁"));
        assertEquals(SearchTokenizer.tokens("甲乙丙丁"), SearchTokenizer.tokens("甲乙，“丙丁”"));
    }

    @Test
    void latinTextBreaksChineseRuns() {
        assertEquals(List.of("企", "业", "企业", "r", "d", "投", "入", "投入", "2023", "年", "度", "年度"),
                SearchTokenizer.tokens("企业R&D投入，2023年度"));
    }

    @Test
    void numbersLoseThousandsSeparatorsAndKeepDecimals() {
        assertEquals(List.of("4567", "12.34", "亿", "元", "亿元", "1", "2345"), SearchTokenizer.tokens("4,567 12.34亿元 1,2345"));
    }

    @Test
    void englishIsLowerCasedAndLightlyStemmed() {
        assertEquals(List.of("talent", "talent", "policy", "support", "enterprize", "class", "process"),
                SearchTokenizer.tokens("Talents talented policies supporting enterprises class processes"));
    }

    @Test
    void shortWordsAndWordsWithDigitsAreNotStemmed() {
        assertEquals(List.of("was", "2023d51", "sme", "sme"), SearchTokenizer.tokens("was 2023D51 SMEs SME"));
    }

    @Test
    void documentNumbersAreOneTermWhateverTheBracketsAndSpaces() {
        String expected = "#吉科发人才2023-91";
        for (String written : List.of("吉科发人才〔2023〕91号", "吉科发人才【2023】91 号", "吉科发人才[2023]91号",
                "吉科发人才 （2023） 091 号", "吉科发人才\u3000〔2023〕91号")) {
            assertEquals(List.of(expected), SearchTokenizer.queryTokens(written), written);
        }
    }

    @Test
    void aQueryThatIsNotADocumentNumberSearchesItsWordsOnce() {
        assertEquals(List.of("科技", "技人", "人才", "talent"), SearchTokenizer.queryTokens(" 科技人才 talents 科技 "));
    }

    @Test
    void theFastPathForChineseAgreesWithTheScriptTable() {
        for (int cp = 0; cp < 0x10000; cp++) {
            assertEquals(com.ibm.icu.lang.UScript.getScript(cp) == com.ibm.icu.lang.UScript.HAN, TermScanner.isHan(cp),
                    Integer.toHexString(cp));
        }
    }

    @Test
    void charactersOutsideTheBasicPlaneMakeBigramsToo() {
        assertEquals(List.of("𠀀", "科", "𠀀科", "技", "科技"), SearchTokenizer.tokens("𠀀科技"));
        assertEquals(List.of("𠀀"), SearchTokenizer.tokens("𠀀"));
    }

    @Test
    void lowerCasingOutsideAsciiMapsEachCharacterToOne() {
        // One code point to one, so that the browser, folding a character at a time, agrees.
        assertEquals(List.of("école", "straße", "istanbul", "ὀδυσσεύσ"),
                SearchTokenizer.tokens("ÉCOLE Straße İstanbul ὈΔΥΣΣΕΎΣ"));
    }
}
