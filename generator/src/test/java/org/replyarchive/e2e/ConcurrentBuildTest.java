package org.replyarchive.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.build.BuildListener;
import org.replyarchive.config.BuildConfig;
import org.replyarchive.output.FileWriting;
import org.replyarchive.output.OutputLock;
import org.replyarchive.output.UnsafeOutputException;
import org.replyarchive.pipeline.BuildPipeline;
import org.replyarchive.problem.Problem;
import org.replyarchive.testing.FixtureArchive;

/** Builds into the same output one at a time; what cannot be written is refused before the old site moves. */
@Timeout(120)
class ConcurrentBuildTest {

    @Test
    void twoBuildsAtOnceTakeTurnsAndPublishACompleteSite(@TempDir Path dir) throws Exception {
        Path content = FixtureArchive.write(dir);
        Path out = dir.resolve("site");
        Path reference = InterruptedBuildTest.build(content, dir.resolve("reference/site"), FileWriting.SYSTEM);
        List<String> heard = new CopyOnWriteArrayList<>();
        BuildListener listener = new BuildListener() {
            @Override
            public void info(String message) {
                heard.add(message);
            }

            @Override
            public void warning(Problem problem) {}
        };
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> builds = List.of(
                    two.submit(() -> new BuildPipeline(BuildConfig.builder(content, out).build(), listener).run()),
                    two.submit(() -> new BuildPipeline(BuildConfig.builder(content, out).build(), listener).run()));
            for (Future<?> build : builds) {
                build.get();
            }
        } finally {
            two.shutdown();
        }
        assertEquals(InterruptedBuildTest.digest(reference), InterruptedBuildTest.digest(out));
        assertTrue(Files.isRegularFile(out.resolve("zh/index.html")));
        assertEquals(List.of(".site.lock", "content", "reference", "site"), InterruptedBuildTest.names(dir));
        assertTrue(heard.stream().anyMatch(m -> m.startsWith("Waiting for another build (")), heard.toString());
    }

    @Test
    void aBuildThatWaitsTooLongNamesTheOtherAndLeavesTheSite(@TempDir Path dir) {
        Path content = FixtureArchive.write(dir);
        Path out = InterruptedBuildTest.build(content, dir.resolve("site"), FileWriting.SYSTEM);
        var before = InterruptedBuildTest.digest(out);
        UnsafeOutputException e;
        try (OutputLock other = OutputLock.acquire(out, Duration.ZERO, m -> {})) {
            e = assertThrows(UnsafeOutputException.class, () -> new BuildPipeline(BuildConfig.builder(content, out)
                    .build(), BuildListener.SILENT, FileWriting.SYSTEM, Duration.ofMillis(300)).run());
        }
        assertTrue(e.getMessage().startsWith("Another build (another build in this JVM) is writing to " + out),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("— wait for it to finish, or give this build another outputDirectory"));
        assertEquals(before, InterruptedBuildTest.digest(out));
    }

    @Test
    void theLockFileNamesTheProcessHoldingIt(@TempDir Path dir) throws Exception {
        try (OutputLock lock = OutputLock.acquire(dir.resolve("site"), Duration.ZERO, m -> {})) {
            assertTrue(Files.readString(OutputLock.fileOf(dir.resolve("site")))
                    .startsWith("PID " + ProcessHandle.current().pid() + ", started "));
        }
        assertEquals("", Files.readString(OutputLock.fileOf(dir.resolve("site"))), "emptied on release");
    }

    @Test
    void aCachePathThatIsAFileIsRefusedBeforeTheSiteIsTouched(@TempDir Path dir) throws Exception {
        Path content = FixtureArchive.write(dir);
        Path out = InterruptedBuildTest.build(content, dir.resolve("site"), FileWriting.SYSTEM);
        var before = InterruptedBuildTest.digest(out);
        Path cache = Files.writeString(dir.resolve("cache"), "a file");
        UnsafeOutputException e = assertThrows(UnsafeOutputException.class, () -> new BuildPipeline(
                BuildConfig.builder(content, out).cacheDirectory(cache).build(), BuildListener.SILENT).run());
        assertEquals("The cache path " + cache + " is a file, not a folder — remove it, or set cacheDirectory to a"
                + " folder (or empty, for a full build every time)", e.getMessage());
        assertEquals(before, InterruptedBuildTest.digest(out));
    }

    @Test
    void aCacheThatCannotBeWrittenFailsTheBuildBeforeTheSwap(@TempDir Path dir) throws Exception {
        Path content = FixtureArchive.write(dir);
        Path out = InterruptedBuildTest.build(content, dir.resolve("site"), FileWriting.SYSTEM);
        var before = InterruptedBuildTest.digest(out);
        Path cache = dir.resolve("cache");
        Files.createDirectories(cache.resolve("fingerprints.tsv/in-the-way"));
        java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class, () -> new BuildPipeline(
                BuildConfig.builder(content, out).cacheDirectory(cache).build(), BuildListener.SILENT).run());
        assertTrue(e.getMessage().startsWith("Cannot write the build cache in " + cache), e.getMessage());
        assertEquals(before, InterruptedBuildTest.digest(out), "the old site is still published");
        assertEquals(List.of(".site.lock", "cache", "content", "site"), InterruptedBuildTest.names(dir));
    }
}
