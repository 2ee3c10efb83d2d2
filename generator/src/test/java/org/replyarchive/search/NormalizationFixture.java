package org.replyarchive.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixture both sides of search are held to, {@code normalization-fixture.jsonl}: one JSON array a line,
 * of a text (CJK, traditional, full-width, English, numbers, document numbers, Unicode edge cases), its
 * normalised form, its page terms and its query terms. JUnit checks the Java side against it, the browser IT
 * the JavaScript side, so both fold the same.
 */
public record NormalizationFixture(String text, String normalized, List<String> tokens, List<String> queryTokens) {

    public static final String RESOURCE = "/org/replyarchive/search/normalization-fixture.jsonl";

    @SuppressWarnings("unchecked")
    public static List<NormalizationFixture> all() {
        ObjectMapper json = new ObjectMapper();
        List<NormalizationFixture> cases = new ArrayList<>();
        for (String line : raw().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                List<Object> row = json.readValue(line, List.class);
                cases.add(new NormalizationFixture((String) row.get(0), (String) row.get(1),
                        (List<String>) row.get(2), (List<String>) row.get(3)));
            } catch (IOException e) {
                throw new UncheckedIOException(line, e);
            }
        }
        return cases;
    }

    /** The whole traditional → simplified table, which the browser is given to fold every fixture text. */
    public static String foldingTable() {
        return ScriptFolding.tableText();
    }

    /** The file as it is, for handing to the browser. */
    public static String raw() {
        try (InputStream in = NormalizationFixture.class.getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
