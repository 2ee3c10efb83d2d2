package org.replyarchive.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.replyarchive.output.OutputFile;

/**
 * Builds the search index of one language's pages: a manifest, the postings split into shards by term, and
 * one small file per document with what a result shows.
 *
 * <pre>{@code
 * SearchIndex index = new SearchIndexBuilder("zh/search/").build(documents, filters);
 * }</pre>
 */
public final class SearchIndexBuilder {

    /** The size a shard aims at; a shard holding one very common term may be larger. */
    static final int TARGET_SHARD_BYTES = 48 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String folder;

    /** A builder writing under {@code folder}, a site path ending in {@code /}. */
    public SearchIndexBuilder(String folder) {
        this.folder = folder;
    }

    /** The postings of one term: for each document (in id order) its stored weight and whether the title matched. */
    record Posting(int document, int weight, boolean inTitle) {}

    public SearchIndex build(List<SearchDocument> documents) {
        Map<String, List<Posting>> postings = invert(documents);
        int shardCount = shardCount(postings);
        List<Map<String, List<Integer>>> shards = new ArrayList<>();
        for (int i = 0; i < shardCount; i++) {
            shards.add(new TreeMap<>());
        }
        postings.forEach((term, list) -> shards.get(shardOf(term, shardCount)).put(term, encode(list)));
        List<OutputFile> files = new ArrayList<>();
        files.add(OutputFile.text(folder + "manifest.json", json(manifest(documents, shardCount))));
        int largest = 0;
        long total = 0;
        for (int i = 0; i < shardCount; i++) {
            OutputFile shard = OutputFile.text(folder + "s" + i + ".json", json(shards.get(i)));
            largest = Math.max(largest, shard.content().length);
            total += shard.content().length;
            files.add(shard);
        }
        for (int id = 0; id < documents.size(); id++) {
            OutputFile doc = OutputFile.text(folder + "d/" + id + ".json", json(display(documents.get(id))));
            total += doc.content().length;
            files.add(doc);
        }
        total += files.get(0).content().length;
        return new SearchIndex(files, postings.size(), shardCount, largest, total);
    }

    /** Inverts the documents: term → postings, documents in id order, weights per BM25. */
    static Map<String, List<Posting>> invert(List<SearchDocument> documents) {
        List<Map<String, int[]>> counts = new ArrayList<>();
        double totalLength = 0;
        int[] lengths = new int[documents.size()];
        for (int id = 0; id < documents.size(); id++) {
            Map<String, int[]> tf = termFrequencies(documents.get(id));
            counts.add(tf);
            lengths[id] = tf.values().stream().mapToInt(c -> c[0]).sum();
            totalLength += lengths[id];
        }
        double average = documents.isEmpty() ? 1 : Math.max(1, totalLength / documents.size());
        Map<String, List<Posting>> postings = new TreeMap<>();
        for (int id = 0; id < documents.size(); id++) {
            for (Map.Entry<String, int[]> e : counts.get(id).entrySet()) {
                int weight = (int) Math.round(Bm25.weight(e.getValue()[0], lengths[id], average) * Bm25.SCALE);
                postings.computeIfAbsent(e.getKey(), t -> new ArrayList<>())
                        .add(new Posting(id, Math.max(1, weight), e.getValue()[1] > 0));
            }
        }
        return postings;
    }

    /** Each term's weighted frequency in the document ([0]) and its count in the title ([1]). */
    private static Map<String, int[]> termFrequencies(SearchDocument doc) {
        Map<String, int[]> tf = new HashMap<>();
        count(tf, SearchTokenizer.tokens(doc.title()), Bm25.TITLE_BOOST, true);
        count(tf, SearchTokenizer.tokens(doc.meta()), Bm25.META_BOOST, false);
        count(tf, doc.docNumbers(), Bm25.META_BOOST, false);
        count(tf, SearchTokenizer.tokens(doc.body()), 1, false);
        return tf;
    }

    private static void count(Map<String, int[]> tf, List<String> terms, int boost, boolean title) {
        for (String term : terms) {
            int[] c = tf.computeIfAbsent(term, t -> new int[2]);
            c[0] += boost;
            if (title) {
                c[1]++;
            }
        }
    }

    /** Enough shards that an average one is about {@link #TARGET_SHARD_BYTES}. */
    static int shardCount(Map<String, List<Posting>> postings) {
        long bytes = 0;
        for (Map.Entry<String, List<Posting>> e : postings.entrySet()) {
            bytes += e.getKey().length() * 3L + 6 + e.getValue().size() * 12L;
        }
        return (int) Math.max(1, Math.min(4096, (bytes + TARGET_SHARD_BYTES - 1) / TARGET_SHARD_BYTES));
    }

    /** FNV-1a over the term's UTF-16 code units; {@code search.js} computes the same. */
    static int shardOf(String term, int shardCount) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < term.length(); i++) {
            hash ^= term.charAt(i);
            hash *= 0x01000193;
        }
        return (int) (Integer.toUnsignedLong(hash) % shardCount);
    }

    /** Postings as a flat list: document id as the gap from the previous one, weight, title flag. */
    static List<Integer> encode(List<Posting> postings) {
        List<Integer> flat = new ArrayList<>(postings.size() * 3);
        int previous = 0;
        for (Posting p : postings) {
            flat.add(p.document() - previous);
            flat.add(p.weight());
            flat.add(p.inTitle() ? 1 : 0);
            previous = p.document();
        }
        return flat;
    }

    private static Map<String, Object> manifest(List<SearchDocument> documents, int shardCount) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("version", 1);
        manifest.put("shards", shardCount);
        manifest.put("documents", documents.size());
        Map<String, String> sessions = new TreeMap<>();
        Map<String, String> kinds = new TreeMap<>();
        documents.forEach(d -> {
            sessions.put(d.session(), d.sessionName());
            kinds.put(d.kind(), d.kindLabel());
        });
        List<String> sessionKeys = new ArrayList<>(sessions.keySet());
        List<String> kindKeys = new ArrayList<>(kinds.keySet());
        manifest.put("sessions", sessionKeys);
        manifest.put("kinds", kindKeys);
        // Per document: session index, kind index, date as yyyymmdd (its year too): what filters and ties need.
        manifest.put("docs", documents.stream().map(d -> List.of(sessionKeys.indexOf(d.session()),
                kindKeys.indexOf(d.kind()), Integer.parseInt(d.date().replace("-", "")))).toList());
        return manifest;
    }

    private static Map<String, Object> display(SearchDocument doc) {
        Map<String, Object> display = new LinkedHashMap<>();
        display.put("url", doc.url());
        display.put("title", doc.displayTitle());
        display.put("titleLang", doc.titleLang());
        display.put("date", doc.dateText());
        display.put("session", doc.sessionName());
        display.put("proposers", doc.proposers());
        display.put("kind", doc.kindLabel());
        display.put("text", doc.body());
        return display;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the search index", e);
        }
    }

    /** The files of an index and the figures a build reports about it. */
    public record SearchIndex(List<OutputFile> files, int terms, int shards, int largestShardBytes, long totalBytes) {
        public SearchIndex {
            files = List.copyOf(files);
        }

        public String describe() {
            return String.format(java.util.Locale.ROOT, "%d terms in %d shards, largest shard %.1f KB, %.1f MB in all",
                    terms, shards, largestShardBytes / 1024.0, totalBytes / (1024.0 * 1024.0));
        }
    }

}
