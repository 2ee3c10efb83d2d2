package org.replyarchive.search;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Brings the previous build's posting files up to date when document ids and the shard count are unchanged:
 * finds the postings the changed documents changed, reads the previous files holding them, patches them and
 * writes them; every other posting file is taken over. The files are exactly those a clean build writes,
 * since a term's file and place in it depend on its postings alone.
 */
final class IndexPatcher {

    /** Past this many changed postings, merging from the cache is about as quick and needs less memory. */
    static final int MAX_CHANGES = 2_000_000;

    /** A posting file being patched: its terms in UTF-8 order, and whether it is a shard (written even empty). */
    private record Patched(TreeMap<byte[], TermPostings> terms, boolean shard) {}

    private static final class CannotPatch extends RuntimeException {
        CannotPatch(String why) {
            super(why, null, false, false);
        }
    }

    private final IndexState previous;
    private final IndexOutput out;
    private final PostingCatalog catalog;
    private final Map<String, Patched> patched = new TreeMap<>();

    private IndexPatcher(IndexState previous, IndexOutput out) {
        this.previous = previous;
        this.out = out;
        this.catalog = new PostingCatalog(previous.postingFiles(), previous.soloTerms());
    }

    /**
     * The patched catalog, or empty when the index should be merged whole instead; nothing is written then.
     *
     * @param termFiles each document's cached terms, by id
     */
    static Optional<PostingCatalog> patch(IndexState previous, List<String> termFiles, TermCache cache,
            IndexOutput out) {
        PostingChanges changes = changes(previous, termFiles, cache);
        if (changes == null) {
            return Optional.empty();
        }
        IndexPatcher patcher = new IndexPatcher(previous, out);
        try {
            changes.byTerm().forEach(patcher::apply);
        } catch (CannotPatch e) {
            return Optional.empty();
        }
        patcher.write();
        return Optional.of(patcher.catalog);
    }

    /** The postings that differ, or null when there are too many to patch. */
    private static PostingChanges changes(IndexState previous, List<String> termFiles, TermCache cache) {
        PostingChanges changes = new PostingChanges();
        int before = previous.entries().size();
        for (int id = 0; id < Math.max(before, termFiles.size()); id++) {
            String old = id < before ? previous.entries().get(id).termsFile() : null;
            String now = id < termFiles.size() ? termFiles.get(id) : null;
            if (!Objects.equals(old, now)) {
                changes.compare(id, cache.load(old), cache.load(now));
                if (changes.size() > MAX_CHANGES) {
                    return null;
                }
            }
        }
        return changes;
    }

    private void apply(List<PostingChanges.Change> group) {
        PostingChanges.Change first = group.get(0);
        String text = new String(first.term(), java.nio.charset.StandardCharsets.UTF_8);
        String from = catalog.isSolo(text) ? IndexLayout.soloFile(first.hash())
                : IndexLayout.shardFile(IndexLayout.shardOf(first.hash(), previous.shardCount()));
        Patched source = load(from, !catalog.isSolo(text));
        TermPostings postings = source.terms().get(first.term());
        if (postings == null) {
            postings = new TermPostings(first.term(), first.hash(), new int[0], new int[0], new int[0]);
        }
        for (PostingChanges.Change c : group) {
            postings = postings.with(c.doc(), c.value(), c.block());
        }
        source.terms().remove(first.term());
        catalog.removeSolo(text);
        if (postings.count() > 0) {
            boolean solo = IndexLayout.isSolo(postings);
            load(IndexLayout.fileOf(postings, previous.shardCount()), !solo).terms().put(first.term(), postings);
            if (solo) {
                catalog.addSolo(text);
            }
        }
    }

    private Patched load(String name, boolean shard) {
        Patched known = patched.get(name);
        if (known != null) {
            return known;
        }
        Patched file = new Patched(new TreeMap<>(Arrays::compareUnsigned), shard);
        if (catalog.has(name)) {
            byte[] bytes = out.previous(name).orElseThrow(() -> new CannotPatch(name + " is not in the output"));
            PostingFile.decode(bytes).forEach(t -> file.terms().put(t.term(), t));
        }
        patched.put(name, file);
        return file;
    }

    private void write() {
        previous.postingFiles().forEach((name, facts) -> {
            if (!patched.containsKey(name)) {
                out.reusePosting(name, facts);
            }
        });
        patched.forEach((name, file) -> {
            if (file.terms().isEmpty() && !file.shard()) {
                catalog.remove(name);
                return;
            }
            byte[] bytes = PostingFile.encode(List.copyOf(file.terms().values()));
            out.write(name, bytes);
            catalog.put(name, new PostingCatalog.Facts(bytes.length, file.terms().size()));
        });
    }
}
