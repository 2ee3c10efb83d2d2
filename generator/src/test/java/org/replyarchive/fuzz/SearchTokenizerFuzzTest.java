package org.replyarchive.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.util.List;
import org.replyarchive.search.SearchTokenizer;

/** The search tokeniser is total: any text, even broken surrogates, gives a list of non-empty terms. */
class SearchTokenizerFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void tokensOfAnyTextAreNonEmptyTerms(@NotNull String text) {
        for (List<String> terms : List.of(SearchTokenizer.tokens(text), SearchTokenizer.queryTokens(text),
                SearchTokenizer.docNumberTokens(text))) {
            assertNotNull(terms);
            terms.forEach(term -> assertFalse(term == null || term.isEmpty(), "an empty term from " + text));
        }
    }
}
