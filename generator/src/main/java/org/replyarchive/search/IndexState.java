package org.replyarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the cache remembers of the index a build wrote: enough to patch it (its shard count, common terms,
 * posting files) and to tell which documents changed (each one's key, cached terms and header), checked
 * against the previous output by the manifest's digest before it is believed.
 *
 * @param manifestDigest the SHA-256 of the manifest written, as hex
 */
record IndexState(String manifestDigest, int shardCount, List<String> soloTerms, List<Entry> entries,
        Map<String, PostingCatalog.Facts> postingFiles) {

    /**
     * One document as the index holds it.
     *
     * @param termsFile its terms in the {@link TermCache}, null when the build kept no cache
     * @param headerDigest the first 64 bits of the SHA-256 of its result file
     */
    record Entry(String key, String termsFile, int length, int postings, int[] blockOffsets, List<TextPart> parts,
            long headerDigest, int headerBytes) {}

    // 'S2': the state of an index whose documents may have parts; an older state is not read, only rebuilt.
    private static final byte[] MAGIC = {'R', 'A', 'S', '2'};

    /** Whether every document of this index has the same id among {@code keys}: then postings can be patched. */
    boolean keepsIdsOf(List<String> keys) {
        int common = Math.min(entries.size(), keys.size());
        for (int id = 0; id < common; id++) {
            if (!entries.get(id).key().equals(keys.get(id))) {
                return false;
            }
        }
        return true;
    }
    static final String FILE = "state.bin";

    /** The state in {@code cacheFolder}, if there is a readable one of this format. */
    static Optional<IndexState> read(Path cacheFolder) {
        Path file = cacheFolder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(decode(new ByteReader(Files.readAllBytes(file))));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Replaces the state in {@code cacheFolder} in one atomic step. */
    void write(Path cacheFolder) {
        try {
            Files.createDirectories(cacheFolder);
            Path temp = Files.createTempFile(cacheFolder, FILE, ".tmp");
            Files.write(temp, encode());
            Files.move(temp, cacheFolder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the search cache in " + cacheFolder, e);
        }
    }

    private byte[] encode() {
        ByteSink out = new ByteSink(entries.size() * 64 + 1024);
        PostingFormat.writeHeader(out, MAGIC);
        out.writeString(manifestDigest);
        out.writeVarint(shardCount);
        out.writeVarint(soloTerms.size());
        soloTerms.forEach(out::writeString);
        out.writeVarint(entries.size());
        for (Entry e : entries) {
            out.writeString(e.key());
            out.writeString(e.termsFile() == null ? "" : e.termsFile());
            out.writeVarint(e.length());
            out.writeVarint(e.postings());
            out.writeVarint(e.blockOffsets().length);
            int previous = 0;
            for (int offset : e.blockOffsets()) {
                out.writeSignedVarint(offset - previous);
                previous = offset;
            }
            out.writeVarint(e.parts().size());
            for (TextPart part : e.parts()) {
                out.writeVarint(part.firstBlock());
                out.writeString(part.anchor());
                out.writeString(part.label());
            }
            out.writeLong(e.headerDigest());
            out.writeVarint(e.headerBytes());
        }
        out.writeVarint(postingFiles.size());
        postingFiles.forEach((name, facts) -> {
            out.writeString(name);
            out.writeVarint(facts.bytes());
            out.writeVarint(facts.terms());
        });
        return out.toByteArray();
    }

    private static IndexState decode(ByteReader in) {
        in.expectHeader(MAGIC, PostingFormat.VERSION);
        String digest = in.readString();
        int shards = in.readVarint();
        List<String> solo = new ArrayList<>();
        for (int i = in.readVarint(); i > 0; i--) {
            solo.add(in.readString());
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = in.readVarint(); i > 0; i--) {
            entries.add(readEntry(in));
        }
        Map<String, PostingCatalog.Facts> files = new TreeMap<>();
        for (int i = in.readVarint(); i > 0; i--) {
            files.put(in.readString(), new PostingCatalog.Facts(in.readVarint(), in.readVarint()));
        }
        return new IndexState(digest, shards, solo, entries, files);
    }

    private static Entry readEntry(ByteReader in) {
        String key = in.readString();
        String terms = in.readString();
        int length = in.readVarint();
        int postings = in.readVarint();
        int[] offsets = new int[in.readVarint()];
        int previous = 0;
        for (int i = 0; i < offsets.length; i++) {
            previous += in.readSignedVarint();
            offsets[i] = previous;
        }
        List<TextPart> parts = new ArrayList<>();
        for (int i = in.readVarint(); i > 0; i--) {
            parts.add(new TextPart(in.readVarint(), in.readString(), in.readString()));
        }
        return new Entry(key, terms.isEmpty() ? null : terms, length, postings, offsets, List.copyOf(parts),
                in.readLong(), in.readVarint());
    }
}
