package org.replyarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.replyarchive.output.OutputFile;

class SearchIndexBuilderTest {

    private static SearchDocument doc(String title, String body, String docNumber) {
        return new SearchDocument("zh/replies/2023/x/", title, null, "2023-05-17", "2023年5月17日", 2023, "cppcc-13-1",
                "省政协十三届一次会议", "member", "委员提案", "李秀玉", title, "李秀玉 " + docNumber, body,
                SearchTokenizer.docNumberTokens(docNumber));
    }

    @Test
    void postingsListDocumentsInOrderWithTitleFlags() {
        List<SearchDocument> docs = List.of(doc("关于人才的答复", "正文", "吉科发人才〔2023〕1号"),
                doc("关于金融的答复", "人才培养", "吉科发人才〔2023〕2号"));
        Map<String, List<SearchIndexBuilder.Posting>> postings = SearchIndexBuilder.invert(docs);
        List<SearchIndexBuilder.Posting> talent = postings.get("人才");
        assertEquals(List.of(0, 1), talent.stream().map(SearchIndexBuilder.Posting::document).toList());
        assertEquals(List.of(true, false), talent.stream().map(SearchIndexBuilder.Posting::inTitle).toList());
        assertTrue(talent.get(0).weight() > talent.get(1).weight(), "a title occurrence weighs more");
        assertEquals(1, postings.get("#吉科发人才2023-2").size());
    }

    @Test
    void encodingStoresGapsWeightsAndFlags() {
        List<Integer> flat = SearchIndexBuilder.encode(List.of(new SearchIndexBuilder.Posting(3, 90, true, 0),
                new SearchIndexBuilder.Posting(10, 45, false, 4)));
        assertEquals(List.of(3, 181, 0, 7, 90, 4), flat, "gap, weight times two plus the title flag, chunk");
    }

    @Test
    void shardOfIsStableAndSpreadsTerms() {
        assertEquals(SearchIndexBuilder.shardOf("破茧", 16), SearchIndexBuilder.shardOf("破茧", 16));
        Set<Integer> used = new HashSet<>();
        for (String term : SearchTokenizer.tokens("科技型中小企业创新发展人才引进培养成果转化金融支持平台建设")) {
            int shard = SearchIndexBuilder.shardOf(term, 8);
            assertTrue(shard >= 0 && shard < 8);
            used.add(shard);
        }
        assertTrue(used.size() >= 5, "terms spread over the shards: " + used);
        // FNV-1a of "a" is 0xe40c292c = 3826002220, and 3826002220 % 7 == 5.
        assertEquals(5, SearchIndexBuilder.shardOf("a", 7));
    }

    @Test
    void everyTermIsInTheShardItsHashNames() {
        List<SearchDocument> docs = List.of(doc("关于人才的答复", "科技人才培养与引进。".repeat(50), "吉科发人才〔2023〕1号"),
                doc("Reply on talent", "Talent policies and enterprises. ".repeat(50), "吉科发人才〔2023〕2号"));
        SearchIndexBuilder.SearchIndex index = new SearchIndexBuilder("zh/search/index/").build(docs);
        int shards = index.shards();
        for (OutputFile file : index.files()) {
            if (file.path().matches("zh/search/index/s\\d+\\.json")) {
                int shard = Integer.parseInt(file.path().replaceAll("\\D", ""));
                String json = new String(file.content(), StandardCharsets.UTF_8);
                for (String term : List.of("人才", "talent", "#吉科发人才2023-1")) {
                    boolean here = json.contains("\"" + term + "\":");
                    assertEquals(SearchIndexBuilder.shardOf(term, shards) == shard, here, term + " in shard " + shard);
                }
            }
        }
        assertTrue(index.describe().startsWith(index.terms() + " terms in " + shards + " shards"), index.describe());
        assertTrue(index.worstTwoTermBytes() <= index.totalBytes());
    }

    @Test
    void aVeryCommonTermGetsAFileOfItsOwnNamedInTheManifest() {
        List<SearchDocument> docs = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            docs.add(doc("答复" + i, "科技创新。", "吉科发人才〔2023〕" + (i % 900 + 1) + "号"));
        }
        SearchIndexBuilder.SearchIndex index = new SearchIndexBuilder("zh/search/index/").build(docs);
        String manifest = new String(index.files().get(0).content(), StandardCharsets.UTF_8);
        assertTrue(manifest.contains("\"solo\":{"), manifest.substring(0, 200));
        assertTrue(index.soloTerms() > 0);
        String solo = index.files().stream().filter(f -> f.path().matches("zh/search/index/t\\d+\\.json"))
                .map(f -> new String(f.content(), StandardCharsets.UTF_8)).filter(j -> j.startsWith("{\"科技\":"))
                .findFirst().orElseThrow();
        assertTrue(solo.startsWith("{\"科技\":[0,"), solo.substring(0, 20));
        assertTrue(index.files().stream().filter(f -> f.path().matches("zh/search/index/s\\d+\\.json"))
                .noneMatch(f -> new String(f.content(), StandardCharsets.UTF_8).contains("\"科技\":")));
    }

    @Test
    void postingsNameTheChunkOfTheFirstOccurrenceAndTheDocumentFileGivesItsBytes() {
        String body = "第一段，谈科技。\n".repeat(200) + "第二部分提到破茧成蝶。\n" + "其他内容。\n".repeat(10);
        SearchDocument doc = doc("关于人才的答复", body, "吉科发人才〔2023〕1号");
        SearchIndexBuilder.Posting posting = SearchIndexBuilder.invert(List.of(doc)).get("破茧").get(0);
        List<String> chunks = TextChunks.split(body);
        assertEquals(body, String.join("", chunks), "chunks give back the text exactly");
        assertTrue(chunks.get(posting.chunk()).contains("破茧成蝶"));
        assertTrue(posting.chunk() > 0);
        assertEquals(0, SearchIndexBuilder.invert(List.of(doc)).get("人才").get(0).chunk(), "title only: chunk 0");

        byte[] file = SearchIndexBuilder.documentFile(doc).getBytes(StandardCharsets.UTF_8);
        int newline = 0;
        while (file[newline] != '\n') {
            newline++;
        }
        String header = new String(file, 0, newline, StandardCharsets.UTF_8);
        List<Integer> offsets = new java.util.ArrayList<>();
        try {
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(header).get("chunks")
                    .forEach(n -> offsets.add(n.asInt()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        int start = newline + 1 + offsets.get(posting.chunk());
        int end = newline + 1 + offsets.get(posting.chunk() + 1);
        assertEquals(chunks.get(posting.chunk()), new String(file, start, end - start, StandardCharsets.UTF_8));
    }
}
