package org.replyarchive.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.build.BuildListener;
import org.replyarchive.config.BuildConfig;
import org.replyarchive.output.FileWriting;
import org.replyarchive.output.UnsafeOutputException;
import org.replyarchive.pipeline.BuildPipeline;
import org.replyarchive.testing.FixtureArchive;
import org.replyarchive.testing.ReportingBuildMain;
import org.replyarchive.testing.RestrictedDisk;
import org.replyarchive.testing.TreeDigest;

/**
 * What would make a build fail after it replaced the site — a folder of the old site that cannot be emptied, a
 * disk too small for the new site beside the old — is found before anything is written, and the old site
 * stays as it was, byte for byte.
 */
@Timeout(300)
class RefusedBeforeWritingTest {

    @TempDir
    Path dir;

    @Test
    void aReadOnlyFolderOfTheOldSiteIsRefusedBeforeTheBuildStarts() throws IOException {
        Path content = FixtureArchive.write(dir);
        Path site = build(content, FileWriting.SYSTEM);
        String before = TreeDigest.of(site);

        UnsafeOutputException e = assertThrows(UnsafeOutputException.class,
                () -> build(content, new RestrictedDisk(Set.of(site.resolve("zh")), Long.MAX_VALUE)));

        assertEquals(readOnlyMessage(site), e.getMessage());
        assertEquals(before, TreeDigest.of(site), "the previous site is untouched");
        assertEquals(List.of(".site.lock", "content", "site"), TreeDigest.names(dir), "nothing is left beside it");
    }

    /**
     * The same with the real permissions of the file system: as the user running the tests if it is not root
     * (for whom every folder is writable), else in a build forked as the unprivileged user {@code nobody}.
     */
    @Test
    void aReadOnlyFolderIsRefusedForAUserWhoReallyCannotChangeIt() throws Exception {
        boolean root = ProcessHandle.current().info().user().map("root"::equals).orElse(false);
        Path setpriv = Path.of("/usr/bin/setpriv");
        Assumptions.assumeTrue(!root || Files.isExecutable(setpriv), "root, and no setpriv to build as another user");
        Path work = dir.resolve("work");
        Path content = FixtureArchive.write(work);
        Path site = build(content, FileWriting.SYSTEM);
        String before = TreeDigest.of(site);
        Path readOnly = site.resolve("zh");
        if (!root) {
            run("chmod", "555", readOnly.toString());
            try {
                UnsafeOutputException e = assertThrows(UnsafeOutputException.class,
                        () -> build(content, FileWriting.SYSTEM));
                assertEquals(readOnlyMessage(site), e.getMessage());
            } finally {
                run("chmod", "755", readOnly.toString());
            }
        } else {
            String classpath = readableClasspath(dir.resolve("cp"));
            run("chmod", "755", dir.toString());
            run("chown", "-R", "65534:65534", work.toString());
            run("chmod", "555", readOnly.toString());
            Process build = new ProcessBuilder(setpriv.toString(), "--reuid=65534", "--regid=65534", "--clear-groups",
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
                    ReportingBuildMain.class.getName(), content.toString(), site.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String errors = new String(build.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(build.waitFor(120, TimeUnit.SECONDS));
            run("chmod", "755", readOnly.toString());
            assertEquals(1, build.exitValue(), errors);
            assertEquals(readOnlyMessage(site), errors.strip(), "the message alone, no stack trace");
            // Without the check the old site's folder could not be emptied after the swap: prove that it could not.
            Process delete = new ProcessBuilder(setpriv.toString(), "--reuid=65534", "--regid=65534",
                    "--clear-groups", "sh", "-c", "chmod 555 '" + readOnly + "' && rm -f '" + readOnly
                            + "/index.html'; s=$?; chmod 755 '" + readOnly + "'; exit $s").start();
            assertTrue(delete.waitFor(60, TimeUnit.SECONDS));
            assertEquals(1, delete.exitValue(), "nobody cannot remove a file of a read-only folder");
        }
        assertEquals(before, TreeDigest.of(site), "the previous site is untouched");
        assertEquals(List.of(".site.lock", "content", "site"), TreeDigest.names(work), "nothing is left beside it");
    }

    @Test
    void aPatchIsRefusedBeforeItTouchesAnythingWhenAFolderItChangesIsReadOnly() throws IOException {
        Path content = FixtureArchive.write(dir);
        Path site = content.resolveSibling("site");
        BuildConfig cached = BuildConfig.builder(content, site).cacheDirectory(dir.resolve("cache")).build();
        new BuildPipeline(cached, BuildListener.SILENT, FileWriting.SYSTEM, Duration.ofSeconds(30)).run();
        String before = TreeDigest.of(site);
        Path reply = content.resolve("replies/2023/2023W5.zh.md");
        Files.writeString(reply, Files.readString(reply).replace("第5号答复的正文", "第5号答复修改后的正文"));
        Path readOnly = site.resolve("zh/replies/2023/2023W5").toAbsolutePath().normalize();

        UnsafeOutputException e = assertThrows(UnsafeOutputException.class, () -> new BuildPipeline(cached,
                BuildListener.SILENT, new RestrictedDisk(Set.of(readOnly), Long.MAX_VALUE),
                Duration.ofSeconds(30)).run());

        assertEquals("The output folder " + site.toAbsolutePath().normalize() + " holds the read-only folder " + readOnly
                + ", so the previous site could not be replaced — make it writable (chmod -R u+w "
                + site.toAbsolutePath().normalize() + ") or choose another outputDirectory", e.getMessage());
        assertEquals(before, TreeDigest.of(site), "the previous site is untouched");
        assertEquals(List.of(".site.lock", "cache", "content", "site"), TreeDigest.names(dir),
                "nothing is left beside it");
        new BuildPipeline(cached, BuildListener.SILENT, FileWriting.SYSTEM, Duration.ofSeconds(30)).run();
        assertTrue(Files.readString(site.resolve("zh/replies/2023/2023W5/index.html")).contains("第5号答复修改后的正文"));
    }

    @Test
    void aDiskTooSmallForTheNewSiteBesideTheOldIsRefusedWithBothFigures() throws IOException {
        Path content = FixtureArchive.write(dir);
        Path site = build(content, FileWriting.SYSTEM);
        String before = TreeDigest.of(site);
        long siteBytes = allocated(site);

        UnsafeOutputException e = assertThrows(UnsafeOutputException.class,
                () -> build(content, new RestrictedDisk(Set.of(), siteBytes - 4096)));

        assertEquals("Not enough space for the new site beside the old one on the disk of " + site + ": the build needs"
                + " about " + mib(siteBytes) + " (the size of the previous site) but " + mib(siteBytes - 4096)
                + " are free — free some space or choose an outputDirectory on another disk; the previous site is"
                + " unchanged", e.getMessage());
        assertEquals(before, TreeDigest.of(site), "the previous site is untouched");
        assertEquals(List.of(".site.lock", "content", "site"), TreeDigest.names(dir), "nothing is left beside it");

        build(content, new RestrictedDisk(Set.of(), siteBytes)); // exactly enough is enough
        assertEquals(before, TreeDigest.of(site), "the same content builds the same site");
    }

    @Test
    void aFirstBuildIsEstimatedFromTheContentFolderAndTheEstimateHolds() throws IOException {
        Path content = FixtureArchive.write(dir);
        long contentBytes = allocated(content);
        long estimate = (4L << 20) + 6 * contentBytes;

        UnsafeOutputException e = assertThrows(UnsafeOutputException.class,
                () -> build(content, new RestrictedDisk(Set.of(), estimate - 1)));

        assertTrue(e.getMessage().contains(": the build needs about " + mib(estimate) + " (4.0 MiB and 6 times the"
                + " content folder's " + mib(contentBytes) + ") but "), e.getMessage());
        assertEquals(List.of(".site.lock", "content"), TreeDigest.names(dir), "no site, and nothing beside it");
        Path site = build(content, new RestrictedDisk(Set.of(), estimate));
        assertTrue(allocated(site) <= estimate, "the estimate holds for the fixture: " + allocated(site)
                + " bytes of site for " + contentBytes + " of content");
    }

    private Path build(Path content, FileWriting disk) {
        Path site = content.resolveSibling("site");
        new BuildPipeline(BuildConfig.builder(content, site).build(), BuildListener.SILENT, disk,
                Duration.ofSeconds(30)).run();
        return site;
    }

    private static String readOnlyMessage(Path site) {
        return "The output folder " + site + " holds the read-only folder " + site.resolve("zh") + ", so the previous"
                + " site could not be replaced — make it writable (chmod -R u+w " + site + ") or choose another"
                + " outputDirectory";
    }

    private static long allocated(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            long total = 0;
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                total += (Files.size(file) + 4095) / 4096 * 4096;
            }
            return total;
        }
    }

    private static String mib(long bytes) {
        return bytes >= 1 << 20 ? String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (double) (1 << 20))
                : String.format(java.util.Locale.ROOT, "%,d KiB", (bytes + 1023) / 1024);
    }

    /** A copy of this JVM's classpath that any user may read (a build as nobody cannot read root's home). */
    private static String readableClasspath(Path into) throws IOException {
        List<String> entries = new ArrayList<>();
        int i = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path from = Path.of(entry);
            if (!Files.exists(from)) {
                continue;
            }
            Path to = into.resolve(i++ + (Files.isDirectory(from) ? "" : ".jar"));
            try (Stream<Path> walk = Files.walk(from)) {
                for (Path p : walk.toList()) {
                    Path target = from.equals(p) ? to : to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            entries.add(to.toString());
        }
        run("chmod", "-R", "a+rX", into.toString());
        return String.join(File.pathSeparator, entries);
    }

    private static void run(String... command) throws IOException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, String.join(" ", command) + ": " + out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
