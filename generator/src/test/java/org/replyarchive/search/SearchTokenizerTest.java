package org.replyarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTokenizerTest {

    @Test
    void chineseRunsGiveOverlappingBigrams() {
        assertEquals(List.of("破茧", "茧成", "成蝶"), SearchTokenizer.tokens("破茧成蝶"));
    }

    @Test
    void aLoneChineseCharacterIsItsOwnTerm() {
        assertEquals(List.of("省", "科技"), SearchTokenizer.tokens("省 科技"));
    }

    @Test
    void punctuationAndLatinTextBreakChineseRuns() {
        assertEquals(List.of("企业", "r", "d", "投入", "2023", "年度"), SearchTokenizer.tokens("企业R&D投入，2023年度"));
    }

    @Test
    void englishIsLowerCasedAndLightlyStemmed() {
        assertEquals(List.of("talent", "talent", "policy", "support", "enterprise", "class", "process"),
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
            assertEquals(Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN, TermScanner.isHan(cp),
                    Integer.toHexString(cp));
        }
    }

    @Test
    void charactersOutsideTheBasicPlaneMakeBigramsToo() {
        assertEquals(List.of("𠀀科", "科技"), SearchTokenizer.tokens("𠀀科技"));
        assertEquals(List.of("𠀀"), SearchTokenizer.tokens("𠀀"));
    }

    @Test
    void lowerCasingOutsideAsciiIsJavas() {
        List<String> words = List.of("ÉCOLE", "Straße", "İstanbul", "ὈΔΥΣΣΕΎΣ");
        assertEquals(words.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList(),
                SearchTokenizer.tokens(String.join(" ", words)));
    }
}
