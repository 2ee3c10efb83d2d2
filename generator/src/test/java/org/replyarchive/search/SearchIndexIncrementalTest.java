package org.replyarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.search.IndexBuilds.Corpus;

/**
 * A build with the cache of the previous one writes exactly the bytes a clean build writes, whatever changed,
 * and when ids and the shard count are unchanged it patches: it writes only the files whose content changes.
 */
class SearchIndexIncrementalTest {

    static final String FOLDER = IndexBuilds.FOLDER;

    @TempDir
    Path temp;

    private final RandomDocuments random = new RandomDocuments(99);
    private final Corpus before = Corpus.random(400, 5);

    /** Builds {@code before} with a cache, then {@code after} with it; checks it against a clean build. */
    private MapSink rebuild(Corpus after, boolean expectPatched) throws IOException {
        IndexBuilds builds = new IndexBuilds(temp);
        Optional<Path> cache = Optional.of(temp.resolve("cache"));
        MapSink first = new MapSink();
        builds.build(before, null, cache, first, SearchIndexWriter.Spilling.DEFAULT, true);
        MapSink second = new MapSink(first.files);
        Figures figures = builds.build(after, before, cache, second, SearchIndexWriter.Spilling.DEFAULT, true);
        assertSameFiles(builds.clean(after), second);
        assertEquals(expectPatched, figures.patched(), figures.describe());
        return second;
    }

    static void assertSameFiles(MapSink expected, MapSink actual) {
        assertEquals(expected.sorted().keySet(), actual.sorted().keySet());
        expected.files.forEach((path, bytes) -> assertTrue(Arrays.equals(bytes, actual.files.get(path)), path));
    }

    @Test
    void oneChangedTextRewritesOnlyTheFilesItChanges() throws IOException {
        MapSink sink = rebuild(before.with(10, before.keys().get(10), before.metas().get(10), random.text(3, 100)),
                true);
        assertTrue(sink.written.contains(FOLDER + "d/10.json"), "its blocks moved");
        assertTrue(!sink.written.contains(FOLDER + "d/11.json"));
        assertTrue(sink.written.size() * 4 < sink.files.size(), sink.written.size() + " of " + sink.files.size());
        for (String path : sink.written) {
            assertTrue(!Arrays.equals(sink.files.get(path), sink.previous.get(path)), path + " was written unchanged");
        }
    }

    private static long postingFilesReadBack(MapSink sink) {
        return sink.readBack.stream().filter(p -> IndexLayout.isPostingFile(p.substring(FOLDER.length()))).count();
    }

    @Test
    void takenOverPostingFilesAreNotReadBackWhileTheirVocabularyRecordsStandAndAreWhenTheyDoNot()
            throws IOException {
        IndexBuilds builds = new IndexBuilds(temp);
        Path cacheFolder = temp.resolve("cache");
        Optional<Path> cache = Optional.of(cacheFolder);
        MapSink first = new MapSink();
        builds.build(before, null, cache, first, SearchIndexWriter.Spilling.DEFAULT, true);
        Path records = cacheFolder.resolve(VocabularyRecords.FILE);
        byte[] kept = Files.readAllBytes(records);

        MapSink unchanged = new MapSink(first.files);
        builds.build(before, before, cache, unchanged, SearchIndexWriter.Spilling.DEFAULT, true);
        assertSameFiles(first, unchanged);
        assertEquals(0, postingFilesReadBack(unchanged), unchanged.readBack.toString());

        Corpus after = before.with(10, before.keys().get(10), before.metas().get(10), random.text(3, 100));
        MapSink clean = builds.clean(after);
        byte[] damaged = kept.clone();
        for (int i = damaged.length / 2; i < damaged.length; i += 97) {
            damaged[i] ^= 0x5a;
        }
        // One bit of a Chinese character's last byte: still a valid record, naming another character.
        byte[] oneBitOff = kept.clone();
        int inTerm = kept.length / 2;
        while ((kept[inTerm] & 0xc0) != 0x80 || (kept[inTerm - 1] & 0xc0) != 0x80) {
            inTerm++;
        }
        oneBitOff[inTerm] ^= 1;
        for (byte[] state : List.of(new byte[0], damaged, oneBitOff, java.util.Arrays.copyOf(kept, kept.length / 3))) {
            // Each time once with the text edit, once with nothing changed (every posting file taken over).
            for (Corpus next : List.of(after, before)) {
                builds.build(before, null, cache, new MapSink(), SearchIndexWriter.Spilling.DEFAULT, true);
                Files.write(records, state);
                MapSink patched = new MapSink(first.files);
                Figures figures = builds.build(next, before, cache, patched, SearchIndexWriter.Spilling.DEFAULT,
                        true);
                assertTrue(figures.patched(), figures.describe());
                assertSameFiles(next == after ? clean : first, patched);
                assertTrue(postingFilesReadBack(patched) > 0, "what the records no longer tell is read back");
            }
        }
    }

    @Test
    void anUnchangedArchiveIsTakenOverWhole() throws IOException {
        MapSink sink = rebuild(before, true);
        assertEquals(0, sink.written.size(), sink.written.toString());
    }

    @Test
    void aReplyAddedAtTheEndIsPatchedIn() throws IOException {
        rebuild(before.inserted(400, "2025/new", random.meta(400), random.text(5, 100)), true);
    }

    @Test
    void theLastReplyRemovedIsPatchedOut() throws IOException {
        rebuild(before.removed(399), true);
    }

    @Test
    void aReplyRemovedInTheMiddleMovesTheIdsAndIsMergedFromTheCache() throws IOException {
        rebuild(before.removed(17), false);
    }

    @Test
    void aReplyAddedInTheMiddleMovesTheIdsAndIsMergedFromTheCache() throws IOException {
        rebuild(before.inserted(17, "2020/late", random.meta(17), random.text(4, 100)), false);
    }

    @Test
    void aChangedTitleOnlyRewritesItsResultFile() throws IOException {
        DocumentMeta meta = before.metas().get(5);
        DocumentMeta renamed = new DocumentMeta(meta.url(), "新标题", meta.titleLang(), meta.date(), meta.dateText(),
                meta.session(), meta.sessionName(), meta.kind(), meta.kindLabel(), meta.proposers());
        Corpus after = before.with(5, before.keys().get(5), renamed, before.texts().get(5));
        MapSink sink = rebuild(after, true);
        assertEquals(java.util.Set.of(FOLDER + "d/5.json"), sink.written);
    }

    @Test
    void aShardCountThatChangesMergesFromTheCache() throws IOException {
        Corpus after = before;
        Corpus more = Corpus.random(2000, 6);
        for (int i = 0; i < more.keys().size(); i++) {
            after = after.inserted(after.keys().size(), "more/" + i, more.metas().get(i), more.texts().get(i));
        }
        rebuild(after, false);
    }

    @Test
    void aFailedBuildLeavesThePreviousCacheValid() throws IOException {
        IndexBuilds builds = new IndexBuilds(temp);
        Optional<Path> cache = Optional.of(temp.resolve("cache"));
        MapSink first = new MapSink();
        builds.build(before, null, cache, first, SearchIndexWriter.Spilling.DEFAULT, true);
        Corpus after = before.with(3, before.keys().get(3), before.metas().get(3), random.text(2, 50));
        builds.build(after, before, cache, new MapSink(first.files), SearchIndexWriter.Spilling.DEFAULT, false);
        MapSink again = new MapSink(first.files);
        Figures figures = builds.build(after, before, cache, again, SearchIndexWriter.Spilling.DEFAULT, true);
        assertTrue(figures.patched());
        assertSameFiles(builds.clean(after), again);
    }

    @Test
    void aCacheThatDoesNotDescribeThePreviousOutputIsIgnored() throws IOException {
        IndexBuilds builds = new IndexBuilds(temp);
        Optional<Path> cache = Optional.of(temp.resolve("cache"));
        builds.build(before, null, cache, new MapSink(), SearchIndexWriter.Spilling.DEFAULT, true);
        Corpus after = before.with(3, before.keys().get(3), before.metas().get(3), random.text(2, 50));
        MapSink sink = new MapSink(builds.clean(Corpus.random(50, 8)).files);
        Figures figures = builds.build(after, before, cache, sink, SearchIndexWriter.Spilling.DEFAULT, true);
        assertTrue(!figures.patched());
        assertSameFiles(builds.clean(after), sink);
    }
}
