package org.replyarchive.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.replyarchive.build.BuildListener;
import org.replyarchive.config.Language;
import org.replyarchive.model.Reply;
import org.replyarchive.output.OutputSink;
import org.replyarchive.route.UrlScheme;
import org.replyarchive.search.DocumentMeta;
import org.replyarchive.search.DocumentText;
import org.replyarchive.search.Figures;
import org.replyarchive.search.SearchIndexWriter;

/**
 * The search index of each language, fed by the render workers as they write reply pages, written when every
 * page is done.
 *
 * <p>Documents are numbered oldest first, so that a new reply takes the next number and the others keep theirs:
 * what lets an edit rewrite only the posting files it touches.
 */
final class SearchStage {

    private final List<Reply> oldestFirst;
    private final Map<Language, SearchIndexWriter> writers = new EnumMap<>(Language.class);

    /**
     * Opens each language's index.
     *
     * @param cacheDirectory the build's cache folder, if caching is on: each index keeps its own there
     * @param workFolder an empty folder for postings spilled while pages are rendered
     */
    SearchStage(List<Reply> newestFirst, List<Language> languages, UrlScheme urls, SearchEntries entries,
            Optional<Path> cacheDirectory, Path workFolder, OutputSink out) {
        this.oldestFirst = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        List<String> keys = oldestFirst.stream().map(Reply::id).toList();
        Optional<Path> cache = cacheDirectory.map(SearchStage::searchCache);
        for (Language language : languages) {
            // Made when the index is written rather than held through the rendering: a document's metadata is
            // bigger than its reply's model.
            List<DocumentMeta> metas = new MetasOnDemand(oldestFirst, r -> entries.meta(r, language));
            writers.put(language, SearchIndexWriter.open(urls.searchIndex(language), keys, metas,
                    cache.map(folder -> folder.resolve(language.code())), workFolder, out));
        }
    }

    /** The documents' metadata as a list that makes each element from its reply when it is read. */
    private static final class MetasOnDemand extends java.util.AbstractList<DocumentMeta>
            implements java.util.RandomAccess {

        private final List<Reply> replies;
        private final java.util.function.Function<Reply, DocumentMeta> meta;

        MetasOnDemand(List<Reply> replies, java.util.function.Function<Reply, DocumentMeta> meta) {
            this.replies = replies;
            this.meta = meta;
        }

        @Override
        public DocumentMeta get(int index) {
            return meta.apply(replies.get(index));
        }

        @Override
        public int size() {
            return replies.size();
        }
    }

    /** The document number of the reply at {@code newestFirstIndex} of the site's list, in every language. */
    int idOf(int newestFirstIndex) {
        return oldestFirst.size() - 1 - newestFirstIndex;
    }

    SearchFeed feed(Language language) {
        SearchIndexWriter writer = writers.get(language);
        return new SearchFeed() {
            @Override
            public boolean hasCached(int id) {
                return writer.hasCached(id);
            }

            @Override
            public void add(int id, DocumentText text) {
                writer.add(id, text);
            }

            @Override
            public void keep(int id, boolean sameInputs) {
                writer.keep(id, sameInputs);
            }
        };
    }

    /** Writes every language's index, all at once; returns the number of files of the indexes. */
    int finish(BuildListener listener) {
        Map<Language, Figures> figures = new EnumMap<>(Language.class);
        writers.entrySet().parallelStream().forEach(e -> {
            Figures f = e.getValue().finish();
            synchronized (figures) {
                figures.put(e.getKey(), f);
            }
        });
        figures.forEach((language, f) -> listener.info("Indexing " + language.code() + ": " + f.describe()));
        return figures.values().stream().mapToInt(Figures::files).sum();
    }

    /** Records what the indexes were made from, for the next build; only once the new site is in place. */
    void commitCache() {
        writers.values().forEach(SearchIndexWriter::commitCache);
    }

    /**
     * The search indexes' part of the cache, emptied when the engine changes: cached terms are in the format of
     * the engine that wrote them.
     */
    private static Path searchCache(Path cacheDirectory) {
        Path folder = cacheDirectory.resolve("search");
        Path engine = folder.resolve("engine.txt");
        try {
            if (!Files.isRegularFile(engine)
                    || !Files.readString(engine, StandardCharsets.UTF_8).equals(EngineVersion.CURRENT)) {
                org.replyarchive.output.FileTrees.delete(folder);
                Files.createDirectories(folder);
                Files.writeString(engine, EngineVersion.CURRENT, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the search cache in " + folder, e);
        }
        return folder;
    }
}
