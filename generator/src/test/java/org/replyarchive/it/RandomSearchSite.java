package org.replyarchive.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.replyarchive.search.DocumentText;
import org.replyarchive.search.SearchTokenizer;

/**
 * Random reply pages for the decoding test, and the postings their text should give, worked out with the
 * string tokeniser alone.
 */
final class RandomSearchSite {

    static final String HAN = "科技人才创新发展企业金融支持平台建设破茧成蝶省政府关于答复";
    static final String[] WORDS = {"talent", "talents", "policies", "supporting", "class", "SMEs", "2023", "Straße"};

    private RandomSearchSite() {}

    /** Writes a page holding {@code blocks} paragraphs and returns its text with the paragraphs' offsets. */
    static DocumentText writePage(Path site, String url, Random random, int blocks) throws Exception {
        StringBuilder page = new StringBuilder("<!doctype html><html><body><main><h1>页面</h1>\n");
        List<String> texts = new ArrayList<>();
        int[] offsets = new int[blocks + 1];
        for (int b = 0; b < blocks; b++) {
            offsets[b] = page.toString().getBytes(StandardCharsets.UTF_8).length;
            String text = paragraph(random, 5 + random.nextInt(b == 0 ? 30 : 300));
            texts.add(text);
            page.append("<p>").append(text.replace("&", "&amp;")).append("</p>\n");
        }
        offsets[blocks] = page.toString().getBytes(StandardCharsets.UTF_8).length;
        page.append("</main></body></html>");
        Path file = site.resolve(url + "index.html");
        Files.createDirectories(file.getParent());
        Files.writeString(file, page);
        String number = "吉科发人才〔2023〕" + random.nextInt(30) + "号";
        return new DocumentText(paragraph(random, 8) + "\n" + paragraph(random, 6), "李秀玉\n" + number,
                SearchTokenizer.docNumberTokens(number), texts, blocks == 0 ? new int[0] : offsets);
    }

    static String paragraph(Random random, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int r = random.nextInt(10);
            if (r < 7) {
                text.append(HAN.charAt(random.nextInt(HAN.length())));
            } else if (r < 9) {
                text.append(' ').append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            } else {
                text.append(random.nextBoolean() ? "，" : "R&D");
            }
        }
        return text.toString();
    }

    /** Term → [doc, weighted tf, title flag, first block or -1] lists, by the string tokeniser. */
    static Map<String, List<List<Integer>>> expected(List<DocumentText> texts, JsonNode boosts) {
        Map<String, List<List<Integer>>> postings = new TreeMap<>();
        for (int doc = 0; doc < texts.size(); doc++) {
            DocumentText t = texts.get(doc);
            Map<String, int[]> counts = new HashMap<>();
            count(counts, SearchTokenizer.tokens(t.title()), boosts.get("title").asInt(), 1, -1);
            count(counts, SearchTokenizer.tokens(t.meta()), boosts.get("meta").asInt(), 0, -1);
            count(counts, t.docNumbers(), boosts.get("meta").asInt(), 0, -1);
            for (int b = 0; b < t.blocks().size(); b++) {
                count(counts, SearchTokenizer.tokens(t.blocks().get(b)), 1, 0, b);
            }
            int id = doc;
            counts.forEach((term, c) -> postings.computeIfAbsent(term, k -> new ArrayList<>())
                    .add(List.of(id, c[0], c[1], c[2])));
        }
        return postings;
    }

    private static void count(Map<String, int[]> counts, List<String> terms, int boost, int title, int block) {
        for (String term : terms) {
            int[] c = counts.computeIfAbsent(term, k -> new int[] {0, 0, -1});
            c[0] += boost;
            c[1] |= title;
            if (block >= 0 && c[2] < 0) {
                c[2] = block;
            }
        }
    }
}
