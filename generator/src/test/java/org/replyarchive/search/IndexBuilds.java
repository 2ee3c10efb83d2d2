package org.replyarchive.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** Builds indexes of random corpora for the writer's tests, with or without a cache, as a pipeline would. */
final class IndexBuilds {

    static final String FOLDER = "zh/search/index/";

    private final Path temp;

    IndexBuilds(Path temp) {
        this.temp = temp;
    }

    /** A corpus: keys, metas and texts in id order. */
    record Corpus(List<String> keys, List<DocumentMeta> metas, List<DocumentText> texts) {

        static Corpus random(int documents, long seed) {
            return random(documents, seed, 9, 120);
        }

        static Corpus random(int documents, long seed, int maxBlocks, int blockChars) {
            RandomDocuments random = new RandomDocuments(seed);
            List<String> keys = new ArrayList<>();
            List<DocumentMeta> metas = new ArrayList<>();
            List<DocumentText> texts = new ArrayList<>();
            for (int id = 0; id < documents; id++) {
                keys.add("2023/r" + id);
                metas.add(random.meta(id));
                texts.add(random.text(id % 7 == 6 ? 0 : 1 + id % maxBlocks, blockChars));
            }
            return new Corpus(keys, metas, texts);
        }

        Corpus with(int id, String key, DocumentMeta meta, DocumentText text) {
            Corpus c = copy();
            c.keys.set(id, key);
            c.metas.set(id, meta);
            c.texts.set(id, text);
            return c;
        }

        Corpus inserted(int id, String key, DocumentMeta meta, DocumentText text) {
            Corpus c = copy();
            c.keys.add(id, key);
            c.metas.add(id, meta);
            c.texts.add(id, text);
            return c;
        }

        Corpus removed(int id) {
            Corpus c = copy();
            c.keys.remove(id);
            c.metas.remove(id);
            c.texts.remove(id);
            return c;
        }

        private Corpus copy() {
            return new Corpus(new ArrayList<>(keys), new ArrayList<>(metas), new ArrayList<>(texts));
        }
    }

    /** Builds {@code corpus}; with a cache, keeps every document whose text is the same object as before. */
    Figures build(Corpus corpus, Corpus before, Optional<Path> cache, MapSink sink, SearchIndexWriter.Spilling spilling,
            boolean commit) throws IOException {
        SearchIndexWriter writer = SearchIndexWriter.open(FOLDER, corpus.keys(), corpus.metas(), cache,
                Files.createTempDirectory(temp, "work"), sink, spilling);
        IntStream.range(0, corpus.keys().size()).parallel().forEach(id -> {
            int old = before == null ? -1 : before.keys().indexOf(corpus.keys().get(id));
            if (old >= 0 && before.texts().get(old) == corpus.texts().get(id) && writer.hasCached(id)) {
                writer.keep(id);
            } else {
                writer.add(id, corpus.texts().get(id));
            }
        });
        Figures figures = writer.finish();
        if (commit) {
            writer.commitCache();
        }
        return figures;
    }

    MapSink clean(Corpus corpus) throws IOException {
        MapSink sink = new MapSink();
        build(corpus, null, Optional.empty(), sink, SearchIndexWriter.Spilling.DEFAULT, true);
        return sink;
    }

}
