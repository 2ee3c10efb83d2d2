package org.replyarchive.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.SiteGenerator;
import org.replyarchive.build.BuildListener;
import org.replyarchive.config.BuildConfig;
import org.replyarchive.testing.FixtureArchive;
import org.replyarchive.testing.ReportingBuildMain;
import org.replyarchive.testing.SiteFixture;

/**
 * Builds on a real small disk: a tmpfs of a few MiB mounted in a mount namespace of the build's own
 * ({@code unshare -m}, so nothing shows on the machine and it goes with the process). Runs where the tests may
 * make one (root with CAP_SYS_ADMIN); elsewhere the writing seam's tests stand in.
 */
@Timeout(300)
class SmallDiskTest {

    @TempDir
    Path dir;

    Path disk;

    @BeforeEach
    void aMountNamespaceCanBeMade() throws Exception {
        Process probe;
        try {
            probe = new ProcessBuilder("unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs '" + dir + "'")
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            probe = null;
        }
        Assumptions.assumeTrue(probe != null && probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0,
                "no mount namespace with a tmpfs can be made here");
        disk = Files.createDirectories(dir.resolve("disk"));
    }

    @Test
    void aFirstBuildTooBigForTheDiskIsRefusedWithTheRealFigures() throws Exception {
        Path content = FixtureArchive.write(dir.resolve("first"));

        Result result = onTmpfs(2048, build(content, disk.resolve("site")));

        assertEquals(1, result.exit(), result.output());
        assertTrue(result.output().startsWith("Not enough space for the new site beside the old one on the disk of "
                + disk.resolve("site") + ": the build needs about "), result.output());
        assertTrue(result.output().contains(") but 2.0 MiB are free — free some space or choose an outputDirectory on"
                + " another disk; the previous site is unchanged\n"), result.output());
        assertEquals("LEFT: .site.lock", result.after(), "nothing but the lock file is written");
    }

    /**
     * The estimate, the old site's size, lets the build start; the new site is far bigger than the old (a small
     * archive grown into the fixture's 23 replies), and the disk fills up half-way.
     */
    @Test
    void aDiskThatFillsUpDuringStagingLeavesTheOldSiteAndSaysSo() throws Exception {
        Path small = SiteFixture.write(dir.resolve("small"), "-- replies/2023/2023D51.zh.md --\n" + SiteFixture.REPLY_ZH);
        Path measured = dir.resolve("small/site");
        SiteGenerator.build(BuildConfig.builder(small, measured).build(), BuildListener.SILENT);
        long oldKib = allocatedKib(measured);
        Path big = FixtureArchive.write(dir.resolve("big"));
        Path site = disk.resolve("site");
        String digest = "find '" + site + "' -type f -exec sha256sum {} + | sort | sha256sum";

        // The old site is copied onto the disk, which then has room for its like, not for the big one.
        Result result = onTmpfs(2 * oldKib + 256, "cp -a '" + measured + "' '" + site + "' && echo BEFORE $(" + digest + ") && "
                + build(big, site) + "; code=$?; echo AFTER $(" + digest + "); exit $code");

        assertEquals(1, result.exit(), result.output());
        assertTrue(result.output().matches("(?s).*Cannot write \\S+: the disk is full \\(\\d+ KiB free\\) — free some"
                + " space or choose an outputDirectory on another disk; the previous site is unchanged\n.*"),
                result.output());
        List<String> lines = result.output().lines().toList();
        String before = lines.stream().filter(l -> l.startsWith("BEFORE ")).findFirst().orElseThrow().substring(7);
        String after = lines.stream().filter(l -> l.startsWith("AFTER ")).findFirst().orElseThrow().substring(6);
        assertEquals(before, after, "the old site is byte for byte as it was");
        assertNotEquals("", before);
        assertEquals("LEFT: .site.lock site", result.after(), "the staging folder is removed");
    }

    private record Result(int exit, String output, String after) {}

    /** Runs {@code script} with a tmpfs of {@code kib} KiB on {@link #disk}, then lists what is left on it. */
    private Result onTmpfs(long kib, String script) throws Exception {
        Process p = new ProcessBuilder("unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=" + kib + "k tmpfs '" + disk
                + "' || exit 99; " + "(" + script + "); code=$?; echo LEFT: $(ls -A '" + disk + "'); exit $code")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(240, TimeUnit.SECONDS), output);
        String left = output.lines().filter(l -> l.startsWith("LEFT:")).findFirst().orElse("").strip();
        return new Result(p.exitValue(), output, left);
    }

    private static String build(Path content, Path site) {
        return "'" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -cp '"
                + System.getProperty("java.class.path") + "' " + ReportingBuildMain.class.getName() + " '" + content
                + "' '" + site + "'";
    }

    private static long allocatedKib(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            long total = 0;
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                total += (Files.size(file) + 4095) / 4096 * 4;
            }
            return total;
        }
    }
}
