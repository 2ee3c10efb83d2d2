package org.replyarchive.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.testing.BuiltSite;
import org.replyarchive.testing.CaseArchive;
import org.replyarchive.testing.FixtureArchive;

/**
 * The full-text open data: one line per reply and language, valid against the published schema, holding only
 * what is disclosed; and the data page that documents every file.
 */
class FullTextDataTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static BuiltSite site;

    @BeforeAll
    static void build() {
        site = BuiltSite.build(CaseArchive.write(dir), dir, "https://example.org/archive/");
    }

    private static List<JsonNode> lines(String lang) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : site.text("data/replies." + lang + ".jsonl").split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    private static JsonNode reply(String lang, String id) throws Exception {
        return lines(lang).stream().filter(l -> l.path("id").asText().equals(id)).findFirst().orElseThrow();
    }

    private static Schema schema(String name) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(site.text("data/schema/" + name + ".schema.json"));
    }

    @Test
    void everyLineOfEveryLanguageAndTheJsonMatchTheirSchemas() throws Exception {
        Schema lineSchema = schema("replies.jsonl");
        for (String lang : List.of("zh", "en")) {
            List<JsonNode> lines = lines(lang);
            assertEquals(5, lines.size(), "one line per reply");
            for (JsonNode line : lines) {
                assertEquals(List.of(), lineSchema.validate(line), lang + " " + line.path("id"));
            }
        }
        assertEquals(List.of(), schema("replies.json").validate(JSON.readTree(site.text("data/replies.json"))));
        assertTrue(site.text("data/replies.zh.jsonl").endsWith("}\n"));
        JsonNode broken = reply("zh", "2023/2023C1").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.path("handling")).put("days_late", "twenty");
        assertFalse(lineSchema.validate(broken).isEmpty(), "the schema is strict enough to catch a wrong type");
        JsonNode noReason = reply("en", "2023/2023C2").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) noReason.path("corrections").get(0)).remove("reason");
        assertFalse(lineSchema.validate(noReason).isEmpty(), "a correction without its reason is refused");
    }

    @Test
    void aLineCarriesTheCorrectionsLogAndTheDayTheReplyWasMadePublic() throws Exception {
        for (String lang : List.of("zh", "en")) {
            JsonNode corrections = reply(lang, "2023/2023C2").path("corrections");
            assertEquals(1, corrections.size(), lang);
            assertEquals("2023-07-01", corrections.get(0).path("date").asText());
            assertEquals("更正第2023C2号答复的一处排印错误。", corrections.get(0).path("change").asText(),
                    "in the official language, as the file records it");
            assertEquals("方便读者理解。", corrections.get(0).path("reason").asText());
            assertTrue(reply(lang, "2023/2023C1").path("corrections").isArray());
            assertEquals(0, reply(lang, "2023/2023C1").path("corrections").size());
            assertEquals("2023-05-12", reply(lang, "2023/2023C1").path("handling").path("published").asText());
            assertTrue(reply(lang, "2023/2023C2").path("handling").path("published").isNull());
        }
    }

    @Test
    void aLineHoldsTheCaseItsDocumentsAndTheirPlainTexts() throws Exception {
        JsonNode c1 = reply("zh", "2023/2023C1");
        assertEquals("第2023C1号答复的正文。", c1.path("text").asText().strip().lines().reduce((a, b) -> b).orElseThrow());
        assertEquals(0, c1.path("handling").path("days_late").asInt());
        assertEquals("2023-05-20", c1.path("handling").path("due").asText());
        assertTrue(c1.path("handling").path("due_computed").asBoolean());
        assertEquals("A", c1.path("handling").path("outcome").path("code").asText());
        assertEquals(List.of("interim", "co"), List.of(c1.path("documents").get(0).path("kind").asText(),
                c1.path("documents").get(1).path("kind").asText()));
        JsonNode opinionEn = reply("en", "2023/2023C1").path("documents").get(1);
        assertFalse(opinionEn.path("translated").asBoolean());
        assertTrue(opinionEn.path("text").isNull(), "an untranslated document has no English text");
        assertEquals(20, reply("en", "2023/2023C2").path("handling").path("days_late").asInt());
        assertEquals(List.of("2023C4", "2023C7", "2023C8"), JSON.convertValue(
                reply("zh", "2023/2023C4").path("proposal").path("numbers"), List.class));
        assertTrue(reply("en", "2023/2023C3").path("text").isNull(), "2023C3 has no English text");
    }

    @Test
    void whatIsNotDisclosedIsInNoFile() throws Exception {
        for (String lang : List.of("zh", "en")) {
            assertFalse(site.text("data/replies." + lang + ".jsonl").contains(FixtureArchive.WITHHELD), lang);
            JsonNode withheld = reply(lang, "2024/2024C5");
            assertTrue(withheld.path("text").isNull());
            assertTrue(withheld.path("documents").get(0).path("text").isNull());
        }
        for (String file : site.files()) {
            if (!file.startsWith("assets/") && !file.contains("/search/index/")) {
                assertFalse(site.text(file).contains(FixtureArchive.WITHHELD), file);
            }
        }
    }

    @Test
    void theDataPageDocumentsEveryFileFieldByFieldWithTheLicence() {
        Document en = site.page("en/data/index.html");
        assertEquals(List.of("replies.json", "replies.csv", "replies.jsonl", "statistics.csv"),
                en.select(".data-file h2").eachText());
        assertTrue(en.select("#data-replies-jsonl ~ table th code").eachText().contains("handling.days_late"));
        assertTrue(en.select("#data-replies-jsonl ~ table th code").eachText().contains("documents[].text"));
        assertEquals("Licence: Creative Commons Attribution 4.0 International", en.selectFirst(".data-licence").text());
        assertEquals(List.of("replies.zh.jsonl", "replies.en.jsonl", "JSON Schema"),
                en.select("#data-replies-jsonl ~ ul a").eachText());
        assertTrue(site.exists("data/schema/statistics.csv.schema.json"));
    }
}
