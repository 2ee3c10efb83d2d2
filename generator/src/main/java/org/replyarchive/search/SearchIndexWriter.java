package org.replyarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;
import org.replyarchive.output.OutputSink;

/**
 * Writes one language's search index as the render workers hand it documents, in bounded memory: each
 * document is tokenised where it is rendered and its postings spilled to the work folder, and {@link #finish}
 * merges them partition by partition. With a cache, an unchanged document is not tokenised again, and when
 * the ids and shard count are unchanged only the posting files an edit touches are rewritten
 * ({@link IndexPatcher}); the output is always byte-identical to a clean build's.
 *
 * <pre>{@code
 * SearchIndexWriter index = SearchIndexWriter.open("zh/search/index/", keys, metas, cache, work, sink);
 * // for each document, on any thread: index.keep(id) if index.hasCached(id) and its page is unchanged,
 * // else index.add(id, text)
 * listener.info(index.finish().describe());
 * // once the output is committed:
 * index.commitCache();
 * }</pre>
 */
public final class SearchIndexWriter {

    /**
     * How the postings are spilled: partitions (a power of two) and each one's buffer in memory; and the records
     * a merge pass aims at (a large partition is merged in passes of some of its shards each).
     */
    record Spilling(int partitions, int bufferBytes, int passBytes) {
        // Two languages spill at once: 64 buffers of 16 KiB each keep the spill at 2 MiB in all. A merge pass of
        // 1 MiB of records holds a few MiB of arrays, whatever the size of the archive.
        static final Spilling DEFAULT = new Spilling(64, 16 * 1024, 1 << 20);

        Spilling(int partitions, int bufferBytes) {
            this(partitions, bufferBytes, DEFAULT.passBytes());
        }
    }

    private final String folder;
    private final List<String> keys;
    private final List<DocumentMeta> metas;
    private final OutputSink sink;
    private final Optional<Path> cacheFolder;
    private final TermCache cache;
    private final IndexState previous;
    private final Map<String, IndexState.Entry> previousByKey = new HashMap<>();
    private final boolean idsStable;
    /** Whether postings go to the spill as they come: not when the index may yet be patched. */
    private final boolean spillEarly;
    private final PostingSpill spill;
    private final int passBytes;
    private final AtomicReferenceArray<IndexedDocument> documents;
    /** Per document, whether its header is the cached build's (see {@link #keep(int, boolean)}). */
    private final boolean[] sameHeaders;
    private final ThreadLocal<TermCounter> counters = ThreadLocal.withInitial(TermCounter::new);
    private IndexState next;
    /** The output of {@link #finish}, whose vocabulary records are committed with the state. */
    private IndexOutput output;

    private SearchIndexWriter(String folder, List<String> keys, List<DocumentMeta> metas, Optional<Path> cacheFolder,
            Path workFolder, OutputSink sink, Spilling spilling) {
        if (keys.size() != metas.size()) {
            throw new IllegalArgumentException(keys.size() + " keys for " + metas.size() + " documents");
        }
        this.folder = folder;
        this.keys = List.copyOf(keys);
        this.metas = java.util.Collections.unmodifiableList(metas);
        this.sink = sink;
        this.cacheFolder = cacheFolder;
        this.cache = cacheFolder.map(TermCache::new).orElse(null);
        this.previous = cacheFolder.flatMap(IndexState::read).filter(this::describesPreviousOutput).orElse(null);
        if (previous != null) {
            previous.entries().forEach(e -> previousByKey.put(e.key(), e));
        }
        this.idsStable = previous != null && previous.keepsIdsOf(this.keys);
        this.spillEarly = !idsStable;
        this.spill = new PostingSpill(workSubfolder(workFolder), spilling.partitions(), spilling.bufferBytes());
        this.passBytes = spilling.passBytes();
        this.documents = new AtomicReferenceArray<>(keys.size());
        this.sameHeaders = new boolean[keys.size()];
    }

    /**
     * A writer of the index under {@code folder}.
     *
     * @param keys a stable key per document, in document-id order (oldest first, so ids stay put)
     * @param metas each document's metadata, in the same order: read only when the index is written, each
     *     document's once for its header and once for the filters, so it may be a view that makes them then
     * @param cacheFolder this index's own cache folder, when caching is on; its state is used only when it
     *     describes the previous output
     * @param workFolder an empty folder for the spilled postings, deleted by the caller afterwards
     */
    public static SearchIndexWriter open(String folder, List<String> keys, List<DocumentMeta> metas,
            Optional<Path> cacheFolder, Path workFolder, OutputSink sink) {
        return open(folder, keys, metas, cacheFolder, workFolder, sink, Spilling.DEFAULT);
    }

    static SearchIndexWriter open(String folder, List<String> keys, List<DocumentMeta> metas,
            Optional<Path> cacheFolder, Path workFolder, OutputSink sink, Spilling spilling) {
        return new SearchIndexWriter(folder, keys, metas, cacheFolder, workFolder, sink, spilling);
    }

    /** Whether the cache holds document {@code id}'s terms for its key, so that {@link #keep} may be called. */
    public boolean hasCached(int id) {
        IndexState.Entry entry = previousByKey.get(keys.get(id));
        return entry != null && entry.termsFile() != null && cache.has(entry.termsFile());
    }

    /** Indexes document {@code id}, whose page was (re)rendered; from any thread, once per id. */
    public void add(int id, DocumentText text) {
        DocumentTerms terms = counters.get().count(text);
        String termsFile = cache == null ? null : cache.store(terms);
        record(id, new IndexedDocument(termsFile, terms.length(), terms.size(), text.blockOffsets(),
                text.parts()));
        if (spillEarly) {
            spill.add(id, terms);
        }
    }

    /** Takes document {@code id} over from the cache: its page is unchanged. Only if {@link #hasCached}. */
    public void keep(int id) {
        keep(id, false);
    }

    /**
     * Like {@link #keep(int)}; {@code sameHeader} when everything the document's result header is made from
     * (its metadata, its blocks and parts) is known to be the cached build's too, so that the header is taken
     * over unmade: making ten thousand headers only to find their digests unchanged was a tenth of the CPU of an
     * incremental build.
     */
    public void keep(int id, boolean sameHeader) {
        if (!hasCached(id)) {
            throw new IllegalStateException("document " + keys.get(id) + " is not cached");
        }
        IndexState.Entry e = previousByKey.get(keys.get(id));
        record(id, new IndexedDocument(e.termsFile(), e.length(), e.postings(), e.blockOffsets(), e.parts()));
        sameHeaders[id] = sameHeader;
        if (spillEarly) {
            spill.add(id, cache.load(e.termsFile()));
        }
    }

    /** Writes every file of the index through the sink. */
    public Figures finish() {
        long started = System.nanoTime();
        IndexedDocument[] all = IntStream.range(0, keys.size()).mapToObj(this::documentOf)
                .toArray(IndexedDocument[]::new);
        long postings = 0;
        for (IndexedDocument d : all) {
            postings += d.postings();
        }
        int shardCount = IndexLayout.shardCount(postings);
        IndexOutput out = new IndexOutput(folder, sink, previous != null,
                cacheFolder.map(f -> VocabularyRecords.open(f, previous != null)));
        output = out;
        PostingCatalog catalog = null;
        if (idsStable && shardCount == previous.shardCount()) {
            List<String> termFiles = java.util.Arrays.stream(all).map(IndexedDocument::termsFile).toList();
            catalog = IndexPatcher.patch(previous, termFiles, cache, out).orElse(null);
        }
        boolean patched = catalog != null;
        if (!patched) {
            if (!spillEarly) {
                IntStream.range(0, all.length).parallel().forEach(id -> spill.add(id, cache.load(all[id].termsFile())));
            }
            catalog = FullMerge.run(spill, shardCount, out, passBytes);
        }
        SmallFiles.Written small = SmallFiles.write(out, keys, metas, all, sameHeaders, previous, shardCount,
                catalog);
        next = new IndexState(small.manifestDigest(), shardCount, catalog.soloTerms(), small.entries(keys),
                catalog.files());
        int[] largest = catalog.largest(2);
        long worst = small.manifestBytes() + small.normsBytes() + java.util.Arrays.stream(largest).sum();
        return new Figures(catalog.terms(), out.files(), out.written(), largest.length > 0 ? largest[0] : 0,
                small.manifestBytes(), worst, out.bytes(), (System.nanoTime() - started) / 1e9, patched);
    }

    /** Records in the cache what this build wrote; call only once the output is committed. */
    public void commitCache() {
        if (cacheFolder.isEmpty() || next == null) {
            return;
        }
        next.write(cacheFolder.get());
        output.commitRecords();
        cache.retainOnly(next.entries().stream().map(IndexState.Entry::termsFile)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
    }

    private void record(int id, IndexedDocument document) {
        if (!documents.compareAndSet(id, null, document)) {
            throw new IllegalStateException("document " + keys.get(id) + " was given twice");
        }
    }

    private IndexedDocument documentOf(int id) {
        IndexedDocument d = documents.get(id);
        if (d == null) {
            throw new IllegalStateException("document " + keys.get(id) + " was neither added nor kept");
        }
        return d;
    }

    private boolean describesPreviousOutput(IndexState state) {
        return sink.previous(folder + IndexLayout.MANIFEST)
                .map(bytes -> Digests.hex128(bytes).equals(state.manifestDigest())).orElse(false);
    }

    private static Path workSubfolder(Path workFolder) {
        try {
            Files.createDirectories(workFolder);
            return Files.createTempDirectory(workFolder, "search-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a work folder in " + workFolder, e);
        }
    }
}
