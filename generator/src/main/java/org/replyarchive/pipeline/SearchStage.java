package org.replyarchive.pipeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.replyarchive.build.BuildListener;
import org.replyarchive.config.Language;
import org.replyarchive.model.Reply;
import org.replyarchive.output.OutputSink;
import org.replyarchive.route.UrlScheme;
import org.replyarchive.search.DocumentMeta;
import org.replyarchive.search.DocumentText;
import org.replyarchive.search.SearchDocument;
import org.replyarchive.search.SearchIndexBuilder;

/**
 * The search index of each language, fed by the render workers as they write reply pages, written when every
 * page is done.
 *
 * <p>Documents are numbered oldest first, so that a new reply takes the next number and the others keep theirs.
 */
final class SearchStage {

    private final List<Reply> oldestFirst;
    private final Map<Language, Index> indexes = new EnumMap<>(Language.class);

    SearchStage(List<Reply> newestFirst, List<Language> languages, UrlScheme urls, SearchEntries entries) {
        this.oldestFirst = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        for (Language language : languages) {
            List<DocumentMeta> metas = oldestFirst.stream().map(r -> entries.meta(r, language)).toList();
            indexes.put(language, new Index(urls.searchIndex(language), metas));
        }
    }

    /** The document number of {@code reply}, the same in every language. */
    int idOf(int newestFirstIndex) {
        return oldestFirst.size() - 1 - newestFirstIndex;
    }

    SearchFeed feed(Language language) {
        return indexes.get(language);
    }

    /** Writes every language's index; returns the number of files written. */
    int finish(OutputSink out, BuildListener listener) {
        int files = 0;
        for (Map.Entry<Language, Index> e : indexes.entrySet()) {
            long started = System.nanoTime();
            SearchIndexBuilder.SearchIndex index = e.getValue().build();
            index.files().forEach(out::write);
            files += index.files().size();
            listener.info(String.format(Locale.ROOT, "Indexing %s: %s, built in %.2f s", e.getKey().code(),
                    index.describe(), (System.nanoTime() - started) / 1e9));
        }
        return files;
    }

    /** One language's documents, gathered until the index is built. */
    private static final class Index implements SearchFeed {
        private final String folder;
        private final List<DocumentMeta> metas;
        private final DocumentText[] texts;

        Index(String folder, List<DocumentMeta> metas) {
            this.folder = folder;
            this.metas = metas;
            this.texts = new DocumentText[metas.size()];
        }

        @Override
        public boolean hasCached(int id) {
            return false;
        }

        @Override
        public void add(int id, DocumentText text) {
            texts[id] = text;
        }

        @Override
        public void keep(int id) {
            throw new IllegalStateException("nothing is cached");
        }

        SearchIndexBuilder.SearchIndex build() {
            List<SearchDocument> documents = new ArrayList<>();
            for (int id = metas.size() - 1; id >= 0; id--) {
                DocumentMeta m = metas.get(id);
                DocumentText t = texts[id];
                documents.add(new SearchDocument(m.url(), m.displayTitle(), m.titleLang(), m.date().toString(),
                        m.dateText(), m.date().getYear(), m.session(), m.sessionName(), m.kind(), m.kindLabel(),
                        m.proposers(), t.title(), t.meta(), String.join("\n", t.blocks()), t.docNumbers()));
            }
            return new SearchIndexBuilder(folder).build(documents);
        }
    }
}
