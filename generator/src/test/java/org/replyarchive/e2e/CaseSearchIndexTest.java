package org.replyarchive.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.testing.BuiltSite;
import org.replyarchive.testing.CaseArchive;

/**
 * A reply page that shows its case's documents gives search every text it shows, in page order: the result
 * file lists where each document begins among the blocks, and each block's bytes are that block in the page.
 */
class CaseSearchIndexTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static BuiltSite site;

    @BeforeAll
    static void build() {
        site = BuiltSite.build(CaseArchive.write(dir), dir, "https://example.org/archive/");
    }

    private static JsonNode header(String lang, String slug) throws Exception {
        Path folder = site.file(lang + "/search/index/d");
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                JsonNode header = JSON.readTree(file.toFile());
                if (header.path("url").asText().endsWith("/" + slug + "/")) {
                    return header;
                }
            }
        }
        throw new AssertionError("no result file for " + slug);
    }

    /** The text of each block, as the browser reads it: the page's bytes between two offsets. */
    private static List<String> blocks(String lang, String year, String slug, JsonNode header) throws Exception {
        byte[] page = Files.readAllBytes(site.file(lang + "/replies/" + year + "/" + slug + "/index.html"));
        List<String> blocks = new ArrayList<>();
        JsonNode offsets = header.path("blocks");
        for (int i = 0; i + 1 < offsets.size(); i++) {
            blocks.add(new String(Arrays.copyOfRange(page, offsets.get(i).asInt(), offsets.get(i + 1).asInt()),
                    StandardCharsets.UTF_8));
        }
        return blocks;
    }

    @Test
    void theDocumentsBeforeTheReplyComeFirstEachWithItsAnchorAndHeading() throws Exception {
        JsonNode header = header("zh", "2023C1");
        List<String> blocks = blocks("zh", "2023", "2023C1", header);
        JsonNode parts = header.path("parts");
        assertEquals(3, parts.size(), parts.toString());
        assertEquals("[0,\"document-interim\",\"阶段性答复\"]", parts.get(0).toString());
        assertEquals("[2,\"document-co-jl-jyt\",\"协办意见（省教育厅）\"]", parts.get(1).toString());
        assertEquals("", parts.get(2).get(1).asText(), "the reply's own text has no anchor");
        assertEquals("<p>阶段性答复的正文。</p>\n", blocks.get(0));
        assertTrue(blocks.get(1).contains("id=\"document-co-jl-jyt\""), "between two texts, the markup: " + blocks.get(1));
        assertEquals("<p>协办意见的正文。</p>\n", blocks.get(2));
        int reply = parts.get(2).get(0).asInt();
        assertTrue(blocks.get(reply - 1).contains("reply-body"), blocks.get(reply - 1));
        assertEquals("<p>李秀玉委员：</p>\n", blocks.get(reply));
        assertEquals("<p>第2023C1号答复的正文。</p>\n", blocks.get(blocks.size() - 1));
    }

    @Test
    void anUntranslatedDocumentIsSearchedInTheTextThePageShows() throws Exception {
        JsonNode header = header("en", "2023C2");
        List<String> blocks = blocks("en", "2023", "2023C2", header);
        JsonNode parts = header.path("parts");
        assertEquals(List.of("", "document-second", "document-follow-up"),
                List.of(parts.get(0).get(1).asText(), parts.get(1).get(1).asText(), parts.get(2).get(1).asText()));
        assertEquals("<p>The second reply's text.</p>\n", blocks.get(parts.get(1).get(0).asInt()));
        assertEquals("<p>跟踪答复的正文。</p>\n", blocks.get(parts.get(2).get(0).asInt()));
    }

    @Test
    void aPageOfOneTextKeepsItsResultFileAsItWas() throws Exception {
        JsonNode header = header("zh", "2023C4");
        assertFalse(header.has("parts"), header.toString());
        JsonNode withheld = header("zh", "2024C5");
        assertFalse(withheld.has("parts"), "a withheld reply's documents are not searched");
    }
}
