package org.replyarchive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.search.DocumentMeta;
import org.replyarchive.search.DocumentText;
import org.replyarchive.search.SearchIndexWriter;
import org.replyarchive.testing.StaticServer;

/**
 * The index as Java writes it is the index {@code search.js} reads: random documents are indexed, their pages
 * written with the blocks where the offsets say, and the theme's own decoder, run in headless Chromium, must
 * find every posting the string tokeniser predicts, the norms, the filter columns and the blocks' text.
 */
class SearchIndexDecodingIT {

    static final String FOLDER = "zh/search/index/";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static StaticServer server;
    static HeadlessChrome chrome;
    static final List<DocumentMeta> METAS = new ArrayList<>();
    static final List<DocumentText> TEXTS = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        Path site = dir.resolve("site");
        Random random = new Random(11);
        // Enough short documents that the commonest terms get files of their own; some long ones.
        for (int id = 0; id < 6000; id++) {
            METAS.add(new DocumentMeta("zh/replies/r" + id + "/", "答复" + id, null,
                    LocalDate.of(2019, 12, 30).plusDays(id / 3), "d" + id, "s" + random.nextInt(3), "会议",
                    random.nextBoolean() ? "member" : "party-group", "类", "李秀玉"));
            TEXTS.add(RandomSearchSite.writePage(site, METAS.get(id).url(), random, id % 40 == 0 ? 6 : id % 9 == 0 ? 0 : 1));
        }
        SearchIndexWriter writer = SearchIndexWriter.open(FOLDER, METAS.stream().map(DocumentMeta::url).toList(),
                METAS, Optional.empty(), dir.resolve("work"), new FolderSink(site));
        java.util.stream.IntStream.range(0, TEXTS.size()).parallel().forEach(id -> writer.add(id, TEXTS.get(id)));
        writer.finish();
        Path js = site.resolve("assets/js/search");
        Files.createDirectories(js);
        StringBuilder scripts = new StringBuilder();
        for (String part : List.of("text", "index", "results", "suggest")) {
            Files.copy(Path.of("..", "themes", "default", "static", "js", "search", part + ".js"), js.resolve(part + ".js"));
            scripts.append("<script src=\"assets/js/search/").append(part).append(".js\"></script>");
        }
        Files.writeString(site.resolve("decode.html"), "<!doctype html><html><head><meta charset=\"utf-8\">"
                + scripts + "</head><body></body></html>");
        server = StaticServer.start(site);
        chrome = HeadlessChrome.start();
        chrome.open(server.url("decode.html"));
    }

    @AfterAll
    static void stop() {
        if (chrome != null) {
            chrome.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Runs {@code body} (which ends by calling {@code done(value)}) in the page; returns the value as JSON. */
    static JsonNode inBrowser(String body) throws Exception {
        String script = "var done = arguments[arguments.length - 1]; var S = window.ReplyArchiveSearch;"
                + "function bytes(u) { return fetch(u).then(function (r) { return r.arrayBuffer(); })"
                + ".then(function (b) { return new Uint8Array(b); }); }"
                + "fetch('" + FOLDER + "manifest.json').then(function (r) { return r.json(); })"
                + ".then(function (m) { S.checkManifest(m); " + body + " })"
                + ".catch(function (e) { done(JSON.stringify({error: String(e)})); });";
        String json = (String) ((org.openqa.selenium.JavascriptExecutor) chrome.driver).executeAsyncScript(script);
        JsonNode node = JSON.readTree(json);
        assertTrue(!node.has("error"), json);
        return node;
    }

    @Test
    void theBrowserDecodesEveryPostingJavaWrote() throws Exception {
        JsonNode result = inBrowser("var files = [];"
                + "for (var s = 0; s < m.shards; s++) files.push(m.files.shard.replace('{n}', s));"
                + "m.solo.forEach(function (t) { var f = S.fileOf(m, t); if (files.indexOf(f) < 0) files.push(f); });"
                + "Promise.all(files.map(function (f) { return bytes('" + FOLDER + "' + f); })).then(function (all) {"
                + "  var out = {}; all.forEach(function (b, i) { S.termsOf(b, m).forEach(function (e) {"
                + "    if (S.fileOf(m, e.term) !== files[i]) throw new Error(e.term + ' is not in its file');"
                + "    var p = S.postingsOf(b, e.term, m); var list = [];"
                + "    for (var k = 0; k < p.size; k++) list.push([p.docs[k], p.tf[k], p.title[k], p.block[k]]);"
                + "    out[e.term] = list; }); });"
                + "  done(JSON.stringify({solo: m.solo.length, shards: m.shards, postings: out})); });");
        assertTrue(result.get("solo").asInt() > 0, "some terms have files of their own");
        assertTrue(result.get("shards").asInt() > 1);
        JsonNode manifest = JSON.readTree(Files.readAllBytes(dir.resolve("site").resolve(FOLDER + "manifest.json")));
        Map<String, List<List<Integer>>> decoded = JSON.convertValue(result.get("postings"),
                JSON.getTypeFactory().constructMapType(TreeMap.class, JSON.getTypeFactory().constructType(String.class),
                        JSON.getTypeFactory().constructType(new com.fasterxml.jackson.core.type.TypeReference<List<List<Integer>>>() {})));
        Map<String, List<List<Integer>>> expected = RandomSearchSite.expected(TEXTS, manifest.get("boosts"));
        assertEquals(expected.keySet(), decoded.keySet());
        expected.forEach((term, list) -> assertEquals(list, decoded.get(term), term));
    }

    @Test
    void theBrowserReadsTheNormsAndTheFilterColumns() throws Exception {
        JsonNode result = inBrowser("Promise.all([bytes('" + FOLDER + "' + m.files.norms), bytes('" + FOLDER
                + "' + m.files.filters)]).then(function (b) { var f = S.decodeFilters(b[1], m);"
                + "done(JSON.stringify({lengths: Array.from(S.decodeNorms(b[0], m)), sessions: f.sessions,"
                + " kinds: f.kinds, session: Array.from(f.session), kind: Array.from(f.kind), day: Array.from(f.day)}));"
                + "});");
        for (int id = 0; id < METAS.size(); id++) {
            DocumentMeta meta = METAS.get(id);
            assertEquals(meta.session(), result.get("sessions").get(result.get("session").get(id).asInt()).asText());
            assertEquals(meta.kind(), result.get("kinds").get(result.get("kind").get(id).asInt()).asText());
            assertEquals(meta.date().toEpochDay(), result.get("day").get(id).asLong());
        }
        Map<Integer, Integer> lengths = new HashMap<>();
        RandomSearchSite.expected(TEXTS, JSON.readTree("{\"title\":3,\"meta\":2}")).values().forEach(list -> list
                .forEach(p -> lengths.merge(p.get(0), p.get(1), Integer::sum)));
        for (int id = 0; id < METAS.size(); id++) {
            double decoded = result.get("lengths").get(id).asDouble();
            int length = lengths.get(id);
            assertTrue(decoded <= length && decoded > length * 0.93 - 1, id + ": " + length + " read as " + decoded);
        }
    }

    @Test
    void aBlockReadFromThePageByRangeOrWholeIsTheBlocksText() throws Exception {
        int id = 40;
        DocumentText text = TEXTS.get(id);
        JsonNode result = inBrowser("bytes('" + FOLDER + "' + m.files.document.replace('{id}', " + id + "))"
                + ".then(function (b) { var h = JSON.parse(new TextDecoder().decode(b));"
                + " var from = h.blocks[2], to = h.blocks[3];"
                + " return Promise.all([fetch(h.url, {headers: {Range: 'bytes=' + from + '-' + (to - 1)}}), fetch(h.url)])"
                + "  .then(function (rs) { return Promise.all(rs.map(function (r) { return r.arrayBuffer()"
                + "   .then(function (a) { return S.sliceRange(r.status, new Uint8Array(a), from, to); }); })); })"
                + "  .then(function (parts) { done(JSON.stringify(parts.map(function (p) {"
                + "   return S.textOfHtml(new TextDecoder().decode(p)); }))); }); });");
        // The test page ends each block with a line break.
        assertEquals(text.blocks().get(2) + "\n", result.get(0).asText(), "by a range request");
        assertEquals(text.blocks().get(2) + "\n", result.get(1).asText(), "sliced from the whole page");
        assertTrue(server.rangedResponses() > 0);
    }
}
