package org.replyarchive.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one file every query downloads first: the collection figures BM25 needs, the common terms that have
 * files of their own, and every constant of the format, which {@code search.js} reads from here rather than
 * repeating (it checks the version first).
 */
final class Manifest {

    private Manifest() {}

    static byte[] file(int documents, double averageLength, int shardCount, List<String> soloTerms) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("version", PostingFormat.VERSION);
        manifest.put("documents", documents);
        // Rounded, so that the text of the number does not depend on how the sum was reached.
        manifest.put("averageLength", Math.round(averageLength * 100) / 100.0);
        // Map.of's order changes from one JVM to the next: only ordered maps keep the file byte-identical.
        manifest.put("bm25", ordered("k1", Bm25.K1, "b", Bm25.B));
        manifest.put("boosts", ordered("title", Bm25.TITLE_BOOST, "meta", Bm25.META_BOOST));
        manifest.put("format", format());
        manifest.put("files", files());
        manifest.put("shards", shardCount);
        manifest.put("solo", soloTerms);
        return DocumentHeaders.json(manifest);
    }

    private static Map<String, Object> ordered(String key, Object value, String otherKey, Object otherValue) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key, value);
        map.put(otherKey, otherValue);
        return map;
    }

    private static Map<String, Object> format() {
        Map<String, Object> format = new LinkedHashMap<>();
        format.put("headerBytes", PostingFormat.HEADER_BYTES);
        format.put("postingsMagic", new String(PostingFormat.POSTINGS_MAGIC, java.nio.charset.StandardCharsets.US_ASCII));
        format.put("normsMagic", new String(PostingFormat.NORMS_MAGIC, java.nio.charset.StandardCharsets.US_ASCII));
        format.put("filtersMagic", new String(PostingFormat.FILTERS_MAGIC, java.nio.charset.StandardCharsets.US_ASCII));
        format.put("posting", List.of("idGap", "value", "firstBlockPlusOne"));
        format.put("titleBits", PostingFormat.TITLE_BITS);
        format.put("normExact", Norms.EXACT);
        format.put("normMantissaBits", Norms.MANTISSA_BITS);
        return format;
    }

    private static Map<String, Object> files() {
        Map<String, Object> files = new LinkedHashMap<>();
        files.put("shard", IndexLayout.SHARD_PATTERN);
        files.put("solo", IndexLayout.SOLO_PATTERN);
        files.put("document", IndexLayout.DOCUMENT_PATTERN);
        files.put("norms", IndexLayout.NORMS);
        files.put("filters", IndexLayout.FILTERS);
        files.put("folding", IndexLayout.FOLDING);
        files.put("vocabulary", IndexLayout.VOCABULARY);
        return files;
    }
}
