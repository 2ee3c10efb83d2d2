package org.replyarchive.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagingOutputTest {

    @TempDir
    Path dir;

    Path site;

    @BeforeEach
    void previousSite() throws IOException {
        site = dir.resolve("site");
        Files.createDirectories(site.resolve("zh"));
        Files.writeString(site.resolve("index.html"), "old home");
        Files.writeString(site.resolve("zh/gone.html"), "a page the new build no longer has");
        Files.writeString(site.resolve(StagingOutput.MARKER), StagingOutput.MARKER_TEXT);
    }

    @Test
    void refusesToReplaceAFolderNoBuildWrote() throws IOException {
        Files.delete(site.resolve(StagingOutput.MARKER));
        assertThrows(UnsafeOutputException.class, () -> StagingOutput.open(site, FileWriting.SYSTEM));
        assertEquals("old home", Files.readString(site.resolve("index.html")));
        assertEquals(List.of("site"), names(dir), "no staging folder is made");
    }

    @Test
    void commitReplacesTheOutputWithExactlyTheNewFiles() throws IOException {
        StagingOutput staging = StagingOutput.open(site, FileWriting.SYSTEM);
        staging.write(OutputFile.text("index.html", "new home"));
        staging.write(OutputFile.text("en/index.html", "English home"));
        assertEquals("old home", Files.readString(site.resolve("index.html")), "nothing changes before commit");

        staging.commit();

        assertEquals(Map.of("index.html", "new home", "en/index.html", "English home", StagingOutput.MARKER,
                StagingOutput.MARKER_TEXT), files(site));
        assertEquals(List.of("site"), names(dir));
    }

    @Test
    void aFileWrittenAsItIsMadeIsOneOfTheNewSitesFiles() throws IOException {
        StagingOutput staging = StagingOutput.open(site, FileWriting.SYSTEM);
        staging.write(OutputFile.text("index.html", "new home"));
        try (StreamedFile lines = StreamedFile.open(staging, "data/lines.jsonl");
                java.io.OutputStream bytes = StreamedFile.open(staging, "data/records.json").stream()) {
            lines.line("{\"a\":1}");
            bytes.write("[]\n".getBytes(StandardCharsets.UTF_8));
        }

        // The cache's list of the site's files is this set: a file missing from it is one no later build knows.
        assertEquals(java.util.Set.of("index.html", "data/lines.jsonl", "data/records.json", StagingOutput.MARKER),
                staging.files());
        staging.commit();
        assertEquals("[]\n", Files.readString(site.resolve("data/records.json")));
        assertEquals("{\"a\":1}\n", Files.readString(site.resolve("data/lines.jsonl")));
    }

    @Test
    void anOldSiteRemovedLaterIsGoneBeforeTheNextBuildLooksAtTheSiblings() throws IOException {
        StagingOutput first = StagingOutput.open(site, FileWriting.SYSTEM);
        first.write(OutputFile.text("index.html", "new home"));
        first.commit(true);
        assertEquals("new home", Files.readString(site.resolve("index.html")), "the new site stands at once");

        StagingOutput second = StagingOutput.open(site, FileWriting.SYSTEM);
        assertTrue(names(dir).stream().noneMatch(name -> name.contains("previous")),
                "the next build waited for the removal: " + names(dir));
        second.discard();
        assertEquals(Map.of("index.html", "new home", StagingOutput.MARKER, StagingOutput.MARKER_TEXT), files(site));
    }

    @Test
    void discardLeavesThePreviousOutputUntouched() throws IOException {
        Map<String, String> before = files(site);
        StagingOutput staging = StagingOutput.open(site, FileWriting.SYSTEM);
        staging.write(OutputFile.text("index.html", "half-built home"));

        staging.discard();

        assertEquals(before, files(site));
        assertEquals(List.of("site"), names(dir));
    }

    @Test
    void commitCreatesAnOutputThatDidNotExist() throws IOException {
        Path fresh = dir.resolve("fresh");
        StagingOutput staging = StagingOutput.open(fresh, FileWriting.SYSTEM);
        staging.write(OutputFile.text("robots.txt", "User-agent: *"));

        staging.commit();

        assertEquals(Map.of("robots.txt", "User-agent: *", StagingOutput.MARKER, StagingOutput.MARKER_TEXT),
                files(fresh));
    }

    @Test
    void startsFromAnEmptyStagingFolderAfterACrashedBuild() throws IOException {
        Path leftover = dir.resolve(".site.staging-0000-1/stale.html");
        Files.createDirectories(leftover.getParent());
        Files.writeString(leftover, "left by a killed build");
        Files.writeString(leftover.resolveSibling(StagingOutput.MARKER), StagingOutput.MARKER_TEXT);

        StagingOutput staging = StagingOutput.open(site, FileWriting.SYSTEM);
        staging.write(OutputFile.text("index.html", "new home"));
        staging.commit();

        assertEquals(Map.of("index.html", "new home", StagingOutput.MARKER, StagingOutput.MARKER_TEXT), files(site));
        assertEquals(List.of("site"), names(dir));
    }

    @Test
    void refusesAnUnmarkedFolderNamedLikeAStagingFolder() throws IOException {
        Path foreign = dir.resolve(".site.staging/notes.txt");
        Files.createDirectories(foreign.getParent());
        Files.writeString(foreign, "someone's notes");

        UnsafeOutputException e = assertThrows(UnsafeOutputException.class,
                () -> StagingOutput.open(site, FileWriting.SYSTEM));

        assertTrue(e.getMessage().startsWith(foreign.getParent() + " is named like a folder this generator keeps"),
                e.getMessage());
        assertTrue(e.getMessage().contains("move it away or delete it yourself"), e.getMessage());
        assertEquals("someone's notes", Files.readString(foreign));
        assertEquals("old home", Files.readString(site.resolve("index.html")));
    }

    @Test
    void refusesAnOutputPathThatIsAFile() throws IOException {
        Path file = dir.resolve("page.html");
        Files.writeString(file, "someone's page");

        UnsafeOutputException e = assertThrows(UnsafeOutputException.class, () -> StagingOutput.open(file, FileWriting.SYSTEM));

        assertEquals("The output path " + file + " is a file, not a folder, and a build replaces the output whole"
                + " — remove or rename the file, or choose another outputDirectory", e.getMessage());
        assertEquals("someone's page", Files.readString(file));
    }

    @Test
    void bringsBackTheOldSiteWhenABuildDiedWithItMovedAside() throws IOException {
        Path aside = dir.resolve(".site.previous-0000-1");
        Files.move(site, aside);
        Path unfinished = dir.resolve(".site.staging-0000-1");
        Files.createDirectories(unfinished);

        StagingOutput.open(site, FileWriting.SYSTEM).discard();

        assertEquals("old home", Files.readString(site.resolve("index.html")));
        assertEquals(List.of("site"), names(dir));
    }

    @Test
    void publishesTheReadySiteWhenABuildDiedBetweenTheRenames() throws IOException {
        Path aside = dir.resolve(".site.previous-0000-1");
        Files.move(site, aside);
        Path ready = dir.resolve(".site.ready-0000-1");
        Files.createDirectories(ready);
        Files.writeString(ready.resolve("index.html"), "new home");
        Files.writeString(ready.resolve(StagingOutput.MARKER), StagingOutput.MARKER_TEXT);

        StagingOutput.open(site, FileWriting.SYSTEM).discard();

        assertEquals("new home", Files.readString(site.resolve("index.html")));
        assertEquals(List.of("site"), names(dir));
    }

    @Test
    void refusesPathsOutsideTheSite() {
        StagingOutput staging = StagingOutput.open(site, FileWriting.SYSTEM);

        assertThrows(IllegalArgumentException.class, () -> staging.write(OutputFile.text("../outside.txt", "x")));
        assertThrows(IllegalArgumentException.class, () -> staging.write(OutputFile.text("/tmp/outside.txt", "x")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> staging.reuse("../secret"));
        assertEquals("Refusing to reuse a file outside the site: ../secret", e.getMessage());
        assertFalse(Files.exists(dir.resolve("outside.txt")));
    }

    @Test
    void reuseTakesAPreviousFileOverUnchanged() throws IOException {
        StagingOutput staging = StagingOutput.open(site, FileWriting.SYSTEM);
        staging.reuse("zh/gone.html");
        staging.commit();

        assertEquals(Map.of("zh/gone.html", "a page the new build no longer has", StagingOutput.MARKER,
                StagingOutput.MARKER_TEXT), files(site));
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'),
                        Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
