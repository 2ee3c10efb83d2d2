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

    /** The size a shard aims at. */
    static final int TARGET_SHARD_BYTES = 32 * 1024;

    /**
     * A term whose postings take more than this gets a file of its own, named in the manifest, so that a
     * query for a common word does not also download the other terms of its shard.
     */
    static final int SOLO_TERM_BYTES = 12 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String folder;

    /** A builder writing under {@code folder}, a site path ending in {@code /}. */
    public SearchIndexBuilder(String folder) {
        this.folder = folder;
    }

    /**
     * One document of a term's postings: its stored weight, whether the title holds the term, and the chunk of
     * its text where the term first occurs (0 when only the title or metadata hold it).
     */
    record Posting(int document, int weight, boolean inTitle, int chunk) {}

    public SearchIndex build(List<SearchDocument> documents) {
        Map<String, List<Integer>> encoded = new TreeMap<>();
        invert(documents).forEach((term, list) -> encoded.put(term, encode(list)));
        Map<String, Integer> solo = new TreeMap<>();
        Map<String, List<Integer>> shared = new TreeMap<>();
        encoded.forEach((term, flat) -> {
            if (estimatedBytes(term, flat) > SOLO_TERM_BYTES) {
                solo.put(term, solo.size());
            } else {
                shared.put(term, flat);
            }
        });
        int shardCount = shardCount(shared);
        List<Map<String, List<Integer>>> shards = new ArrayList<>();
        for (int i = 0; i < shardCount; i++) {
            shards.add(new TreeMap<>());
        }
        shared.forEach((term, flat) -> shards.get(shardOf(term, shardCount)).put(term, flat));
        List<OutputFile> files = new ArrayList<>();
        files.add(OutputFile.text(folder + "manifest.json", json(manifest(documents, shardCount, solo))));
        for (int i = 0; i < shardCount; i++) {
            files.add(OutputFile.text(folder + "s" + i + ".json", json(shards.get(i))));
        }
        solo.forEach((term, n) -> files.add(OutputFile.text(folder + "t" + n + ".json",
                json(Map.of(term, encoded.get(term))))));
        int largest = files.stream().skip(1).mapToInt(f -> f.content().length).max().orElse(0);
        files.addAll(java.util.stream.IntStream.range(0, documents.size()).parallel()
                .mapToObj(id -> OutputFile.text(folder + "d/" + id + ".txt", documentFile(documents.get(id))))
                .toList());
        long total = files.stream().mapToLong(f -> f.content().length).sum();
        return new SearchIndex(files, encoded.size(), shardCount, solo.size(), files.get(0).content().length,
                largest, total);
    }

    /** Inverts the documents: term → postings, documents in id order, weights per BM25. */
    static Map<String, List<Posting>> invert(List<SearchDocument> documents) {
        // Tokenising is the costly part and each document is independent: all cores.
        List<Map<String, int[]>> counts = documents.parallelStream().map(SearchIndexBuilder::termFrequencies).toList();
        double totalLength = 0;
        int[] lengths = new int[documents.size()];
        for (int id = 0; id < documents.size(); id++) {
            lengths[id] = counts.get(id).values().stream().mapToInt(c -> c[0]).sum();
            totalLength += lengths[id];
        }
        double average = documents.isEmpty() ? 1 : Math.max(1, totalLength / documents.size());
        Map<String, List<Posting>> postings = new TreeMap<>();
        for (int id = 0; id < documents.size(); id++) {
            for (Map.Entry<String, int[]> e : counts.get(id).entrySet()) {
                int weight = (int) Math.round(Bm25.weight(e.getValue()[0], lengths[id], average) * Bm25.SCALE);
                postings.computeIfAbsent(e.getKey(), t -> new ArrayList<>())
                        .add(new Posting(id, Math.max(1, weight), e.getValue()[1] > 0, Math.max(0, e.getValue()[2])));
            }
        }
        return postings;
    }

    /**
     * Each term's weighted frequency in the document ([0]), its count in the title ([1]) and the first chunk of
     * the text that holds it ([2], -1 for none).
     */
    private static Map<String, int[]> termFrequencies(SearchDocument doc) {
        Map<String, int[]> tf = new HashMap<>();
        count(tf, SearchTokenizer.tokens(doc.title()), Bm25.TITLE_BOOST, true, -1);
        count(tf, SearchTokenizer.tokens(doc.meta()), Bm25.META_BOOST, false, -1);
        count(tf, doc.docNumbers(), Bm25.META_BOOST, false, -1);
        List<String> chunks = TextChunks.split(doc.body());
        for (int chunk = 0; chunk < chunks.size(); chunk++) {
            count(tf, SearchTokenizer.tokens(chunks.get(chunk)), 1, false, chunk);
        }
        return tf;
    }

    private static void count(Map<String, int[]> tf, List<String> terms, int boost, boolean title, int chunk) {
        for (String term : terms) {
            int[] c = tf.computeIfAbsent(term, t -> new int[] {0, 0, -1});
            c[0] += boost;
            if (title) {
                c[1]++;
            }
            if (chunk >= 0 && c[2] < 0) {
                c[2] = chunk;
            }
        }
    }

    /** Enough shards that an average one is about {@link #TARGET_SHARD_BYTES}. */
    static int shardCount(Map<String, List<Integer>> postings) {
        long bytes = 0;
        for (Map.Entry<String, List<Integer>> e : postings.entrySet()) {
            bytes += estimatedBytes(e.getKey(), e.getValue());
        }
        return (int) Math.max(1, Math.min(8192, (bytes + TARGET_SHARD_BYTES - 1) / TARGET_SHARD_BYTES));
    }

    /** About what a term and its postings take in a shard's JSON. */
    private static long estimatedBytes(String term, List<Integer> flat) {
        long bytes = term.length() * 3L + 6;
        for (int value : flat) {
            bytes += value < 10 ? 2 : value < 100 ? 3 : value < 1000 ? 4 : 6;
        }
        return bytes;
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

    /**
     * Postings as a flat list of triples: the document id as the gap from the previous one, the weight times
     * two plus one if the title holds the term, and the chunk of the first occurrence. Gaps of common terms are
     * mostly 1 and chunks small, so lists stay short.
     */
    static List<Integer> encode(List<Posting> postings) {
        List<Integer> flat = new ArrayList<>(postings.size() * 3);
        int previous = 0;
        for (Posting p : postings) {
            flat.add(p.document() - previous);
            flat.add(p.weight() * 2 + (p.inTitle() ? 1 : 0));
            flat.add(p.chunk());
            previous = p.document();
        }
        return flat;
    }

    private static Map<String, Object> manifest(List<SearchDocument> documents, int shardCount,
            Map<String, Integer> solo) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("version", 2);
        manifest.put("shards", shardCount);
        manifest.put("solo", solo);
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
        // What filters and ties need, one array per field, each a number per document: small numbers keep
        // the manifest small. Dates are days since 1970, each written as its difference from the previous.
        manifest.put("session", documents.stream().map(d -> sessionKeys.indexOf(d.session())).toList());
        manifest.put("kind", documents.stream().map(d -> kindKeys.indexOf(d.kind())).toList());
        List<Long> dayGaps = new ArrayList<>();
        long previous = 0;
        for (SearchDocument d : documents) {
            long day = java.time.LocalDate.parse(d.date()).toEpochDay();
            dayGaps.add(day - previous);
            previous = day;
        }
        manifest.put("day", dayGaps);
        return manifest;
    }

    /**
     * What a result shows, as one file: a first line of JSON (title, date, session, …, and the UTF-8 byte
     * offsets of the text's chunks, counted from the start of the text), then the text. The browser reads the
     * first line and the one chunk it needs with HTTP range requests, or the whole file where the server
     * ignores ranges.
     */
    static String documentFile(SearchDocument doc) {
        List<String> chunks = TextChunks.split(doc.body());
        List<Integer> offsets = new ArrayList<>();
        int offset = 0;
        offsets.add(offset);
        for (String chunk : chunks) {
            offset += chunk.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            offsets.add(offset);
        }
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("url", doc.url());
        header.put("title", doc.displayTitle());
        header.put("titleLang", doc.titleLang());
        header.put("date", doc.dateText());
        header.put("session", doc.sessionName());
        header.put("proposers", doc.proposers());
        header.put("kind", doc.kindLabel());
        header.put("chunks", offsets);
        return json(header) + "\n" + doc.body();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the search index", e);
        }
    }

    /** The files of an index and the figures a build reports about it. */
    public record SearchIndex(
            List<OutputFile> files,
            int terms,
            int shards,
            int soloTerms,
            int manifestBytes,
            int largestPostingFileBytes,
            long totalBytes) {
        public SearchIndex {
            files = List.copyOf(files);
        }

        /** The most a query of two terms downloads: the manifest and the two largest posting files. */
        public int worstTwoTermBytes() {
            List<Integer> sizes = files.stream()
                    .filter(f -> f.path().matches(".*/[st]\\d+\\.json"))
                    .map(f -> f.content().length)
                    .sorted(java.util.Comparator.reverseOrder())
                    .toList();
            return manifestBytes + sizes.stream().limit(2).mapToInt(Integer::intValue).sum();
        }

        public String describe() {
            return String.format(java.util.Locale.ROOT, "%d terms in %d shards and %d files of common terms,"
                            + " manifest %.1f KB, largest shard %.1f KB, a two-term query downloads at most %.1f KB,"
                            + " %.1f MB in all",
                    terms, shards, soloTerms, manifestBytes / 1024.0, largestPostingFileBytes / 1024.0,
                    worstTwoTermBytes() / 1024.0, totalBytes / (1024.0 * 1024.0));
        }
    }
}
