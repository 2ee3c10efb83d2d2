package org.replyarchive.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.problem.Problems;
import org.replyarchive.testing.FixtureArchive;

/** A snapshot written where a process left a half-written one behind takes its place, and removes the remains. */
class LoadSnapshotTest {

    @TempDir
    Path dir;

    @Test
    void aWriteRemovesTheTemporaryFilesOfAbandonedWritesButNotOneUnderWay() throws IOException {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Path abandoned = Files.write(cache.resolve("content.snapshot123.tmp"), new byte[1000]);
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path underWay = Files.write(cache.resolve("content.snapshot456.tmp"), new byte[10]);
        LoadSnapshot snapshot = new LoadSnapshot("engine", Map.of(), "shape", List.of(),
                new ContentLoader(new Problems()).load(FixtureArchive.write(dir)));

        snapshot.write(cache);

        assertTrue(Files.notExists(abandoned), "left by a process that ended mid-write");
        assertTrue(Files.exists(underWay), "another process may be writing it");
        assertEquals(snapshot.site(), LoadSnapshot.read(cache, "engine").orElseThrow().site());
    }
}
