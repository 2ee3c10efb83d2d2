package org.replyarchive.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.replyarchive.testing.FaultyDisk;
import org.replyarchive.testing.FixtureArchive;

/**
 * An incremental build patches the site in place. Failed at any step of its patch, it leaves the old site
 * exactly; killed at any step, it leaves a site the next build finishes; and the build after either gives
 * what a clean build gives. The edit changes a body, removes a reply (so files and folders go) and adds one.
 */
@Timeout(600)
class InterruptedPatchTest {

    @TempDir
    static Path shared;

    static Path oldContent;
    static Path newContent;
    static Map<String, String> oldSite;
    static Map<String, String> newSite;
    /** The step numbers of the patch: from the rename that completes it to its last change. */
    static int firstPatchStep;
    static int lastStep;

    @BeforeAll
    static void referenceSites() throws IOException {
        oldContent = FixtureArchive.write(shared.resolve("old"));
        newContent = FixtureArchive.write(shared.resolve("new"));
        Path body = newContent.resolve("replies/2023/2023W5.zh.md");
        Files.writeString(body, Files.readString(body).replace("第5号答复的正文", "第5号答复修改后的正文"));
        Files.delete(newContent.resolve("replies/2023/2023W12.zh.md"));
        Files.delete(newContent.resolve("replies/2023/2023W12.en.md"));
        Files.writeString(newContent.resolve("replies/2023/2023W99.zh.md"),
                Files.readString(body).replace("2023W5", "2023W99"));
        oldSite = InterruptedBuildTest.digest(build(oldContent, shared.resolve("old/site"), null, FileWriting.SYSTEM));
        newSite = InterruptedBuildTest.digest(build(newContent, shared.resolve("new/site"), null, FileWriting.SYSTEM));

        Path dir = shared.resolve("counted");
        StepLog log = new StepLog();
        Path out = oldSiteIn(dir);
        build(newContent, out, dir.resolve("cache"), log);
        firstPatchStep = log.indexOf("rename", ".site.staging-");
        lastStep = log.steps.size();
        assertTrue(firstPatchStep > 0, "the build patched the site: " + log.steps.subList(0, 5));
        assertTrue(log.steps.stream().anyMatch(s -> s.startsWith("rename") && s.contains("2023W12")),
                "the removed reply's page is moved aside");
        assertTrue(log.steps.get(log.steps.size() - 1).startsWith("delete"), "the patch folder goes last");
        assertEquals(newSite, InterruptedBuildTest.digest(out));
    }

    @Test
    void aPatchThatFailsAtAnyStepLeavesTheOldSiteExactly(@TempDir Path dir) throws IOException {
        for (int step : steps()) {
            Path root = dir.resolve("f" + step);
            Path out = oldSiteIn(root);
            Path beside = out.getParent();
            boolean failed = true;
            try {
                build(newContent, out, root.resolve("cache"), new FaultyDisk(step, FaultyDisk.Fault.FAIL));
                failed = false; // the failure hit the clearing away of a complete patch
            } catch (UncheckedIOException e) {
                assertTrue(e.getMessage().contains("simulated failure"), e.getMessage());
            }
            Map<String, String> left = InterruptedBuildTest.digest(out);
            if (failed) {
                assertEquals(oldSite, left, "the old site after a failure at step " + step);
                assertEquals(List.of(".site.lock", "site"), InterruptedBuildTest.names(beside), "step " + step);
            } else {
                assertEquals(newSite, left, "a build that succeeded at step " + step);
            }
            assertNextBuildGivesTheNewSite(root, out, "a failure at step " + step);
        }
    }

    @Test
    void aPatchKilledAtAnyStepIsFinishedByTheNextBuild(@TempDir Path dir) throws IOException {
        for (int step : steps()) {
            Path root = dir.resolve("k" + step);
            Path out = oldSiteIn(root);
            Path beside = out.getParent();
            assertThrows(FaultyDisk.Crash.class, () -> build(newContent, out, root.resolve("cache"),
                    new FaultyDisk(step, FaultyDisk.Fault.CRASH)), "step " + step);
            Map<String, String> left = InterruptedBuildTest.digest(out);
            boolean patchBeside = InterruptedBuildTest.names(beside).stream().anyMatch(n -> n.startsWith(".site.patch-"));
            assertTrue(left.equals(oldSite) || left.equals(newSite) || patchBeside,
                    "killed at step " + step + ": a site in between is left only with the patch that finishes it");
            assertNextBuildGivesTheNewSite(root, out, "a kill at step " + step);
        }
    }

    /**
     * Steps spread over the patch, its first and last ones, and two of the writing before it: each costs
     * three builds.
     */
    private static TreeSet<Integer> steps() {
        TreeSet<Integer> steps = new TreeSet<>(List.of(1, firstPatchStep - 1));
        int stride = Math.max(1, (lastStep - firstPatchStep) / 7);
        for (int step = firstPatchStep; step <= lastStep; step += stride) {
            steps.add(step);
        }
        steps.add(lastStep);
        steps.add(lastStep - 1);
        return steps;
    }

    private static void assertNextBuildGivesTheNewSite(Path root, Path out, String after) throws IOException {
        build(newContent, out, root.resolve("cache"), FileWriting.SYSTEM);
        assertEquals(newSite, InterruptedBuildTest.digest(out), "the build after " + after);
        assertEquals(List.of(".site.lock", "site"), InterruptedBuildTest.names(out.getParent()), "after " + after);
        try (Stream<Path> folders = Files.walk(out)) {
            assertEquals(List.of(), folders.filter(Files::isDirectory).filter(InterruptedPatchTest::isEmpty).toList(),
                    "no folder is left empty after " + after);
        }
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The old site, built with a cache in {@code root}, so that the next build with it patches. */
    private static Path oldSiteIn(Path root) {
        return build(oldContent, root.resolve("out/site"), root.resolve("cache"), FileWriting.SYSTEM);
    }

    private static Path build(Path content, Path out, Path cache, FileWriting disk) {
        BuildConfig.Builder config = BuildConfig.builder(content, out);
        if (cache != null) {
            config.cacheDirectory(cache);
        }
        new BuildPipeline(config.build(), BuildListener.SILENT, disk, Duration.ofSeconds(30)).run();
        return out;
    }

    /** The disk, writing down each step a build takes, counted as {@link FaultyDisk} counts them. */
    private static final class StepLog implements FileWriting {
        final List<String> steps = java.util.Collections.synchronizedList(new ArrayList<>());

        int indexOf(String operation, String pathPart) {
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).startsWith(operation) && steps.get(i).contains(pathPart)) {
                    return i + 1;
                }
            }
            return -1;
        }

        @Override
        public void write(Path file, byte[] content) throws IOException {
            steps.add("write " + file);
            SYSTEM.write(file, content);
        }

        @Override
        public void createDirectories(Path folder) throws IOException {
            SYSTEM.createDirectories(folder);
        }

        @Override
        public void linkOrCopy(Path link, Path existing) throws IOException {
            steps.add("link " + link);
            SYSTEM.linkOrCopy(link, existing);
        }

        @Override
        public void rename(Path from, Path to) throws IOException {
            steps.add("rename " + from);
            SYSTEM.rename(from, to);
        }

        @Override
        public void delete(Path path) throws IOException {
            steps.add("delete " + path);
            SYSTEM.delete(path);
        }
    }
}
