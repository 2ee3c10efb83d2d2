package org.replyarchive.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.build.BuildListener;
import org.replyarchive.config.BuildConfig;
import org.replyarchive.output.FileWriting;
import org.replyarchive.pipeline.BuildPipeline;
import org.replyarchive.testing.BuildMain;
import org.replyarchive.testing.FaultyDisk;
import org.replyarchive.testing.FixtureArchive;

/**
 * A build that fails or dies at any step leaves the old site or the new one, complete, at the output path,
 * and the next build puts everything right. The old site is the fixture archive's; the new one has a changed
 * page.
 */
@Timeout(300)
class InterruptedBuildTest {

    @TempDir
    static Path shared;

    static Path oldContent;
    static Path newContent;
    static Map<String, String> oldSite;
    static Map<String, String> newSite;
    static int steps;
    static int writeSteps;

    @BeforeAll
    static void referenceSites() throws IOException {
        oldContent = FixtureArchive.write(shared.resolve("old"));
        newContent = FixtureArchive.write(shared.resolve("new"));
        Files.writeString(newContent.resolve("pages/about.en.md"),
                "---\ntitle: About this archive, revised\n---\nA new text.\n");
        oldSite = digest(build(oldContent, shared.resolve("old/site"), FileWriting.SYSTEM));
        FaultyDisk fresh = FaultyDisk.counting();
        newSite = digest(build(newContent, shared.resolve("new/site"), fresh));
        writeSteps = fresh.steps() - 2; // without the two renames of a first build
        // The steps of a build that replaces an old site: writes, the swap, and removing the old site.
        FaultyDisk counting = FaultyDisk.counting();
        build(newContent, oldSiteIn(shared.resolve("counted")), counting);
        steps = counting.steps();
        assertTrue(steps > 100, "a build of the fixture takes many steps: " + steps);
        assertTrue(!oldSite.equals(newSite));
    }

    @Test
    void aBuildKilledAtAnyStepLeavesACompleteSiteAndTheNextBuildRecovers(@TempDir Path dir) throws IOException {
        TreeSet<Integer> killedAt = new TreeSet<>(List.of(1, 2, 3, steps));
        for (int step = 4; step < steps; step += Math.max(1, steps / 15)) {
            killedAt.add(step);
        }
        // Every step of the swap: the last writes, the three renames, the first deletes of the old site.
        for (int step = writeSteps - 2; step <= writeSteps + 6 && step <= steps; step++) {
            killedAt.add(step);
        }
        for (int step : killedAt) {
            Path out = oldSiteIn(dir.resolve("k" + step));
            assertThrows(FaultyDisk.Crash.class,
                    () -> build(newContent, out, new FaultyDisk(step, FaultyDisk.Fault.CRASH)), "step " + step);
            assertACompleteSiteIsLeft(out, "killed at step " + step + " of " + steps);

            build(newContent, out, FileWriting.SYSTEM);
            assertEquals(newSite, digest(out), "the build after a kill at step " + step);
            assertEquals(List.of(".site.lock", "site"), names(out.getParent()), "after a kill at step " + step);
        }
    }

    @Test
    void aFailedWriteStopsEveryWorkerThenRemovesTheStagingFolder(@TempDir Path dir) throws IOException {
        for (int step : List.of(2, writeSteps / 3, writeSteps / 2, writeSteps)) {
            Path out = oldSiteIn(dir.resolve("f" + step));
            UncheckedIOException e = assertThrows(UncheckedIOException.class,
                    () -> build(newContent, out, new FaultyDisk(step, FaultyDisk.Fault.FAIL)));
            assertTrue(e.getMessage().contains("simulated failure"), e.getMessage());
            assertEquals(oldSite, digest(out), "the previous site is untouched");
            assertEquals(List.of(".site.lock", "site"), names(out.getParent()), "nothing is left after step " + step);
        }
    }

    @Test
    void aFullDiskLeavesTheOldSiteAndSaysSo(@TempDir Path dir) throws IOException {
        Path out = oldSiteIn(dir);
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> build(newContent, out, new FaultyDisk(writeSteps / 2, FaultyDisk.Fault.DISK_FULL)));
        assertTrue(e.getMessage().contains(": the disk is full ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("free some space or choose an outputDirectory on another disk; the"
                + " previous site is unchanged"), e.getMessage());
        assertEquals(oldSite, digest(out));
        assertEquals(List.of(".site.lock", "site"), names(dir));
    }

    /** A real {@code kill -9} of a build in a JVM of its own, at several moments of its run. */
    @Test
    void aBuildProcessKilledWithSigkillLeavesACompleteSite(@TempDir Path dir) throws Exception {
        for (int delay : List.of(300, 700, 1100, 1500, 1900, 2400)) {
            Path out = oldSiteIn(dir.resolve("p" + delay));
            Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), BuildMain.class.getName(), newContent.toString(),
                    out.toString(), "/").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            Thread.sleep(delay);
            build.destroyForcibly().waitFor(); // SIGKILL on Unix: no shutdown hook, no finally runs
            assertACompleteSiteIsLeft(out, "killed after " + delay + " ms");

            build(newContent, out, FileWriting.SYSTEM);
            assertEquals(newSite, digest(out), "the build after a kill at " + delay + " ms");
            assertEquals(List.of(".site.lock", "site"), names(out.getParent()));
        }
    }

    /**
     * The old or the new site stands at the output path; or, for the one instant between moving the old site
     * aside and moving the new one in, a complete site stands beside it for the next build's recovery.
     */
    private static void assertACompleteSiteIsLeft(Path out, String when) throws IOException {
        Map<String, String> left = digest(out);
        if (Files.exists(out)) {
            assertTrue(left.equals(oldSite) || left.equals(newSite), when + ": the output is neither site");
            return;
        }
        List<String> beside = names(out.getParent());
        boolean readyNew = beside.stream().anyMatch(n -> n.startsWith(".site.ready-")
                && digest(out.resolveSibling(n)).equals(newSite));
        boolean previousOld = beside.stream().anyMatch(n -> n.startsWith(".site.previous-")
                && digest(out.resolveSibling(n)).equals(oldSite));
        assertTrue(readyNew || previousOld, when + ": no output and no complete site beside it: " + beside);
    }

    static Path build(Path content, Path out, FileWriting disk) {
        BuildConfig config = BuildConfig.builder(content, out).build();
        new BuildPipeline(config, BuildListener.SILENT, disk, Duration.ofSeconds(30)).run();
        return out;
    }

    static Path oldSiteIn(Path dir) throws IOException {
        Path from = shared.resolve("old/site");
        Path to = dir.resolve("site");
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }

    /** Every file of {@code root} with a hash of its bytes; empty if there is no folder. */
    static Map<String, String> digest(Path root) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Integer.toHexString(
                        java.util.Arrays.hashCode(Files.readAllBytes(file))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
