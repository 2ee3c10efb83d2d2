package org.replyarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NormalizationFixtureTest {

    private static final List<NormalizationFixture> CASES = NormalizationFixture.all();

    @Test
    void theFixtureHoldsHundredsOfCasesOfEveryKind() {
        assertTrue(CASES.size() >= 300, CASES.size() + " cases");
        assertTrue(CASES.stream().anyMatch(c -> c.text().contains("機")), "traditional characters");
        assertTrue(CASES.stream().anyMatch(c -> c.text().contains("Ａ")), "full-width Latin");
        assertTrue(CASES.stream().anyMatch(c -> c.text().contains("〔")), "document numbers");
        assertTrue(CASES.stream().anyMatch(c -> c.text().codePoints().anyMatch(cp -> cp > 0xffff)), "beyond the BMP");
    }

    @Test
    void javaNormalisesEveryTextAsTheFixtureSays() {
        for (NormalizationFixture c : CASES) {
            assertEquals(c.normalized(), SearchNormalizer.normalize(c.text()), c.text());
        }
    }

    @Test
    void javaTokenisesPagesAndQueriesAsTheFixtureSays() {
        for (NormalizationFixture c : CASES) {
            assertEquals(c.tokens(), SearchTokenizer.tokens(c.text()), c.text());
            assertEquals(c.queryTokens(), SearchTokenizer.queryTokens(c.text()), c.text());
        }
    }
}
