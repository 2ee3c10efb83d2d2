package org.replyarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.replyarchive.testing.RandomTexts;

class DocumentHeadersTest {

    private static final String[] PIECES = {"答复", "第2023D51号", "\"", "\\", "\n", "\r", "\t", "\b", "\f", "\u0000",
        "\u001f", "\u007f", "\u2028", "/", "<script>", "𠀀", "é", " ", "a", "Z", "9", "{", "}", ",", ":", "'"};

    /** The hand-written file is byte for byte the JSON a data-binding library writes for the same map. */
    @Test
    void aHeaderIsWhatJacksonWritesForTheSameMap() throws Exception {
        ObjectMapper jackson = new ObjectMapper();
        Random random = new Random(11);
        for (int trial = 0; trial < 2_000; trial++) {
            DocumentMeta meta = new DocumentMeta(text(random), text(random), trial % 5 == 0 ? null : text(random),
                    LocalDate.of(2024, 1, 2), text(random), "s", text(random), "k", text(random), text(random),
                    text(random), SearchFacets.NONE);
            int[] blocks = random.ints(random.nextInt(6), 0, 1 << 20).toArray();
            List<TextPart> parts = new ArrayList<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                parts.add(new TextPart(random.nextInt(100), text(random), text(random)));
            }
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("url", meta.url());
            map.put("title", meta.displayTitle());
            map.put("titleLang", meta.titleLang());
            map.put("date", meta.dateText());
            map.put("session", meta.sessionName());
            map.put("proposers", meta.proposers());
            map.put("kind", meta.kindLabel());
            map.put("fields", meta.fields());
            map.put("blocks", blocks);
            if (!parts.isEmpty()) {
                map.put("parts", parts.stream().map(p -> List.of(p.firstBlock(), p.anchor(), p.label())).toList());
            }
            assertEquals(jackson.writeValueAsString(map),
                    new String(DocumentHeaders.file(meta, blocks, parts), StandardCharsets.UTF_8));
        }
    }

    private static String text(Random random) {
        return RandomTexts.of(random, PIECES, random.nextInt(8));
    }
}
