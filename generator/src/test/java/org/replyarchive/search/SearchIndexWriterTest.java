package org.replyarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.search.IndexBuilds.Corpus;

class SearchIndexWriterTest {

    static final String FOLDER = IndexBuilds.FOLDER;

    @TempDir
    Path temp;

    MapSink clean(Corpus corpus) throws IOException {
        return new IndexBuilds(temp).clean(corpus);
    }

    @Test
    void thePostingsAreThoseOfTheStringTokeniser() throws IOException {
        Corpus corpus = Corpus.random(300, 1);
        MapSink sink = clean(corpus);
        assertEquals(ReferenceIndex.expected(corpus.texts()), ReferenceIndex.actual(sink.files, FOLDER));
    }

    @Test
    void everyTermIsInTheFileItsHashAndSizeName() throws IOException {
        MapSink sink = clean(Corpus.random(7000, 2, 2, 30));
        JsonNode manifest = new ObjectMapper().readTree(sink.files.get(FOLDER + "manifest.json"));
        int shards = manifest.get("shards").asInt();
        assertTrue(shards > 1 && Integer.bitCount(shards) == 1, "shards: " + shards);
        assertTrue(manifest.get("solo").size() > 0, "the commonest terms have files of their own");
        List<String> solo = new ArrayList<>();
        manifest.get("solo").forEach(n -> solo.add(n.asText()));
        sink.files.forEach((path, bytes) -> {
            if (path.endsWith(".bin") && path.matches(".*/[sc][0-9a-f]+\\.bin")) {
                for (TermPostings t : PostingFile.decode(bytes)) {
                    assertEquals(FOLDER + IndexLayout.fileOf(t, shards), path, t.text());
                    assertEquals(IndexLayout.isSolo(t), solo.contains(t.text()), t.text());
                }
            }
        });
        for (int s = 0; s < shards; s++) {
            assertTrue(sink.files.containsKey(FOLDER + "s" + s + ".bin"), "every shard exists, even empty");
        }
    }

    @Test
    void theManifestCarriesTheFormatAndAResultFileItsBlocks() throws IOException {
        Corpus corpus = Corpus.random(20, 3);
        MapSink sink = clean(corpus);
        JsonNode manifest = new ObjectMapper().readTree(sink.files.get(FOLDER + "manifest.json"));
        assertEquals(PostingFormat.VERSION, manifest.get("version").asInt());
        assertEquals(20, manifest.get("documents").asInt());
        assertEquals(1.2, manifest.get("bm25").get("k1").asDouble());
        assertEquals("RASP", manifest.get("format").get("postingsMagic").asText());
        JsonNode header = new ObjectMapper().readTree(sink.files.get(FOLDER + "d/4.json"));
        assertEquals(corpus.metas().get(4).url(), header.get("url").asText());
        assertEquals(corpus.texts().get(4).blockOffsets().length, header.get("blocks").size());
        assertFalse(new String(sink.files.get(FOLDER + "d/4.json"), StandardCharsets.UTF_8)
                .contains(corpus.texts().get(4).blocks().get(0)), "no text in the index");
        assertEquals(5 + 20, sink.files.get(FOLDER + "norms.bin").length, "a byte per document");
    }

    @Test
    void theOutputDoesNotDependOnThreadsOrSpillBuffers() throws IOException {
        Corpus corpus = Corpus.random(1500, 4);
        MapSink small = new MapSink();
        Path work = Files.createTempDirectory(temp, "work");
        SearchIndexWriter writer = SearchIndexWriter.open(FOLDER, corpus.keys(), corpus.metas(), Optional.empty(),
                work, small, new SearchIndexWriter.Spilling(16, 512));
        for (int id = corpus.keys().size() - 1; id >= 0; id--) {
            writer.add(id, corpus.texts().get(id));
        }
        long spillFiles;
        try (var files = Files.walk(work)) {
            spillFiles = files.filter(f -> f.toString().endsWith(".spill")).count();
        }
        assertEquals(16, spillFiles, "with small buffers every partition went to disk while documents came in");
        writer.finish();
        assertEquals(clean(corpus).sorted().keySet(), small.sorted().keySet());
        clean(corpus).files.forEach((path, bytes) -> assertTrue(java.util.Arrays.equals(bytes, small.files.get(path)), path));
    }

    @Test
    void theOutputDoesNotDependOnHowManyPassesMergeAPartition() throws IOException {
        Corpus corpus = Corpus.random(1500, 5);
        MapSink passes = new MapSink();
        SearchIndexWriter writer = SearchIndexWriter.open(FOLDER, corpus.keys(), corpus.metas(), Optional.empty(),
                Files.createTempDirectory(temp, "work"), passes, new SearchIndexWriter.Spilling(4, 512, 64));
        for (int id = 0; id < corpus.keys().size(); id++) {
            writer.add(id, corpus.texts().get(id));
        }
        writer.finish();
        long shards = passes.files.keySet().stream().filter(p -> p.matches(".*/s\\d+\\.bin")).count();
        assertTrue(shards >= 8, "more shards (" + shards + ") than partitions, so that a partition is merged in passes");
        Map<String, byte[]> expected = clean(corpus).files;
        assertEquals(expected.keySet(), passes.files.keySet());
        expected.forEach((path, bytes) -> assertTrue(java.util.Arrays.equals(bytes, passes.files.get(path)), path));
    }

    @Test
    void aLargePartitionIsMergedInPassesOfBoundedSize() {
        assertEquals(1, FullMerge.passes(900_000, 32, 1 << 20));
        assertEquals(8, FullMerge.passes(7_500_000, 32, 1 << 20));
        assertEquals(32, FullMerge.passes(500_000_000, 32, 1 << 20), "at most one pass per shard");
        assertEquals(1, FullMerge.passes(500_000_000, 1, 1 << 20));
    }
}
