package org.replyarchive.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.replyarchive.testing.RandomTexts;

class DocumentNumbersTest {

    /** The definition the scan stands in for. */
    private static final Pattern DEFINITION = Pattern.compile("\\p{IsHan}{2,12}[〔【\\[（(]\\d{4}[〕】\\]）)]\\d{1,4}号");

    @Test
    void findsTheNumbersOfATextWithTheCharactersBeforeThem() {
        // A verb before the issuer is taken too: CitationFinder looks the number up from its end.
        assertEquals(List.of("依据吉科发〔2022〕245号", "吉政办发(2021)3号"),
                texts("依据吉科发〔2022〕245号和《通知》（吉政办发(2021)3号）办理。"));
    }

    @Test
    void takesAtMostTwelveCharactersOfIssuerAndNeedsTwo() {
        assertEquals(List.of("二三四五六七八九十一二三〔2020〕1号"), texts("一二三四五六七八九十一二三〔2020〕1号"));
        assertEquals(List.of(), texts("吉〔2020〕1号"));
    }

    @Test
    void refusesYearsAndNumbersOfTheWrongLength() {
        assertEquals(List.of(), texts("吉科发〔202〕1号 吉科发〔20201〕1号 吉科发〔2020〕12345号 吉科发〔2020〕号"));
    }

    @Test
    void countsAnIssuerOfSupplementaryCharactersByCharacter() {
        assertEquals(List.of("𠀀𠀁〔2020〕7号"), texts("a𠀀𠀁〔2020〕7号"));
    }

    @Test
    void findsWhatTheExpressionFindsInRandomTexts() {
        String[] pieces = {"吉", "科", "发", "号", "𠀀", "〔", "〕", "【", "】", "[", "]", "（", "）", "(", ")",
            "0", "1", "2", "9", "2020", "a", " ", "\n", "〈", "。"};
        Random random = new Random(20240529);
        for (int round = 0; round < 20_000; round++) {
            String written = RandomTexts.of(random, pieces, random.nextInt(40));
            assertEquals(byDefinition(written), spans(written), written);
        }
    }

    private static List<String> texts(String text) {
        List<String> texts = new ArrayList<>();
        DocumentNumbers.in(text, (start, end) -> texts.add(text.substring(start, end)));
        return texts;
    }

    private static List<List<Integer>> spans(String text) {
        List<List<Integer>> spans = new ArrayList<>();
        DocumentNumbers.in(text, (start, end) -> spans.add(List.of(start, end)));
        return spans;
    }

    private static List<List<Integer>> byDefinition(String text) {
        List<List<Integer>> spans = new ArrayList<>();
        Matcher m = DEFINITION.matcher(text);
        while (m.find()) {
            spans.add(List.of(m.start(), m.end()));
        }
        return spans;
    }
}
