package org.replyarchive.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.replyarchive.testing.RandomTexts;

class EnglishPhraseTest {

    private static final List<String> PHRASES = List.of("science and technology", "Little Giant", "talent",
            "R&D", "Key R&D Program", "sci-tech");

    /** Pieces of text around the phrases' words: plurals, other cases, longer words, gaps, quotation marks. */
    private static final String[] PIECES = {"science", "Science", "SCIENCES", "sciences", "sciencex", "scienceſ",
        "and", "technology", "technologies", "Little", "giants", "giant", "talent", "Talents", "talented", "R&D",
        "Key", "program", "sci", "tech", " ", " ", "-", "—", "\"", "“", "”", "'", "\n", ".", ",", "é", "2"};

    /** The quick test of the first word rules out no place where the pattern matches. */
    @Test
    void findsWhatItsPatternFindsAtEveryPlace() {
        Random random = new Random(20240529);
        List<EnglishPhrase> phrases = PHRASES.stream().map(EnglishPhrase::of).toList();
        for (int round = 0; round < 5_000; round++) {
            String written = RandomTexts.of(random, PIECES, random.nextInt(20));
            for (int i = 0; i < written.length(); i++) {
                for (EnglishPhrase phrase : phrases) {
                    assertEquals(byPattern(phrase, written, i), phrase.endAt(written, i),
                            phrase.pattern() + " at " + i + " of " + written);
                }
            }
        }
    }

    @Test
    void takesThePluralOfItsLastWord() {
        EnglishPhrase phrase = EnglishPhrase.of("Little Giant");
        String text = "the little giants.";
        assertEquals(text.length() - 1, phrase.endAt(text, 4));
    }

    private static int byPattern(EnglishPhrase phrase, String text, int i) {
        Matcher m = phrase.pattern().matcher(text).region(i, text.length()).useTransparentBounds(true);
        return m.lookingAt() ? m.end() : -1;
    }
}
