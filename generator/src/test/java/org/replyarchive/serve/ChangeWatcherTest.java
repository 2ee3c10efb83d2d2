package org.replyarchive.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ChangeWatcherTest {

    @TempDir
    Path dir;

    private final BlockingQueue<Set<Path>> bursts = new LinkedBlockingQueue<>();

    private ChangeWatcher watch(Path root) {
        return ChangeWatcher.start(List.of(root), Duration.ofMillis(300), p -> p.startsWith(root.resolve("out")),
                bursts::add);
    }

    private Set<Path> nextBurst() throws InterruptedException {
        Set<Path> burst = bursts.poll(20, TimeUnit.SECONDS);
        assertNotNull(burst, "no change was reported within 20 s");
        return burst;
    }

    @Test
    void aBurstOfChangesIsReportedOnce() throws Exception {
        Files.createDirectories(dir.resolve("replies"));
        try (ChangeWatcher watcher = watch(dir)) {
            Files.writeString(dir.resolve("replies/a.zh.md"), "a");
            Files.writeString(dir.resolve("replies/b.zh.md"), "b");
            Files.writeString(dir.resolve("site.yaml"), "c");
            assertEquals(Set.of(dir.resolve("replies/a.zh.md"), dir.resolve("replies/b.zh.md"),
                    dir.resolve("site.yaml")), nextBurst());
            assertNull(bursts.poll(1, TimeUnit.SECONDS), "one burst, one report");
        }
    }

    @Test
    void foldersCreatedLaterAreWatchedAndIgnoredPathsAreNot() throws Exception {
        try (ChangeWatcher watcher = watch(dir)) {
            Files.createDirectories(dir.resolve("out/zh"));
            Files.writeString(dir.resolve("out/zh/index.html"), "ignored");
            Files.writeString(dir.resolve(".x.swp"), "ignored");
            assertNull(bursts.poll(1, TimeUnit.SECONDS), "changes of ignored paths are not reported");
            Files.createDirectories(dir.resolve("replies/2024"));
            nextBurst();
            Files.writeString(dir.resolve("replies/2024/y.zh.md"), "y");
            Set<Path> burst = nextBurst();
            while (!burst.contains(dir.resolve("replies/2024/y.zh.md"))) {
                burst = nextBurst();
            }
        }
    }

    @Test
    void closedWatchersReportNothing() throws IOException, InterruptedException {
        ChangeWatcher watcher = watch(dir);
        watcher.close();
        Files.writeString(dir.resolve("late.md"), "late");
        assertNull(bursts.poll(1, TimeUnit.SECONDS));
    }
}
