package org.replyarchive.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The index's files besides the postings: each result's header, the norms, the filter columns and the
 * manifest. A header whose digest the cache remembers for the same id is taken over without reading it.
 */
final class SmallFiles {

    /** What was written, for the figures and the next build's cache. */
    record Written(String manifestDigest, int manifestBytes, int normsBytes, long[] headerDigests,
            int[] headerBytes, IndexedDocument[] documents) {

        List<IndexState.Entry> entries(List<String> keys) {
            List<IndexState.Entry> entries = new ArrayList<>(documents.length);
            for (int id = 0; id < documents.length; id++) {
                IndexedDocument d = documents[id];
                entries.add(new IndexState.Entry(keys.get(id), d.termsFile(), d.length(), d.postings(),
                        d.blockOffsets(), d.parts(), headerDigests[id], headerBytes[id]));
            }
            return entries;
        }
    }

    private SmallFiles() {}

    /**
     * Writes the files; {@code sameHeaders} tells the documents whose header is known to be the cached build's
     * (see {@link SearchIndexWriter#keep(int, boolean)}).
     */
    static Written write(IndexOutput out, List<String> keys, List<DocumentMeta> metas, IndexedDocument[] documents,
            boolean[] sameHeaders, IndexState previous, int shardCount, PostingCatalog catalog) {
        long[] digests = new long[documents.length];
        int[] sizes = new int[documents.length];
        IntStream.range(0, documents.length).parallel().forEach(id -> {
            IndexState.Entry before = previous != null && id < previous.entries().size()
                    ? previous.entries().get(id) : null;
            if (sameHeaders[id] && before != null && before.key().equals(keys.get(id))) {
                digests[id] = before.headerDigest();
                sizes[id] = before.headerBytes();
                out.reuse(IndexLayout.documentFile(id), sizes[id]);
                return;
            }
            byte[] header = DocumentHeaders.file(metas.get(id), documents[id].blockOffsets(),
                    documents[id].parts());
            digests[id] = Digests.short64(header);
            sizes[id] = header.length;
            String name = IndexLayout.documentFile(id);
            if (before != null && before.headerDigest() == digests[id]) {
                out.reuse(name, header.length);
            } else {
                out.writeChanged(name, header);
            }
        });
        int[] lengths = new int[documents.length];
        long total = 0;
        for (int id = 0; id < documents.length; id++) {
            lengths[id] = documents[id].length();
            total += lengths[id];
        }
        byte[] norms = Norms.file(lengths);
        out.write(IndexLayout.NORMS, norms);
        out.write(IndexLayout.FILTERS, FilterColumns.file(metas));
        out.write(IndexLayout.VOCABULARY, out.vocabulary().file());
        out.write(IndexLayout.FOLDING, ScriptFolding.tableText(out.vocabulary().characters()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        double average = documents.length == 0 ? 0 : (double) total / documents.length;
        byte[] manifest = Manifest.file(documents.length, average, shardCount, catalog.soloTerms());
        out.write(IndexLayout.MANIFEST, manifest);
        return new Written(Digests.hex128(manifest), manifest.length, norms.length, digests, sizes, documents);
    }
}
