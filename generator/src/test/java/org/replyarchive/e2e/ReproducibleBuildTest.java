package org.replyarchive.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.testing.BuildMain;
import org.replyarchive.testing.BuiltSite;
import org.replyarchive.testing.FixtureArchive;

/** The same input gives byte-identical output, wherever it is built from and however often. */
class ReproducibleBuildTest {

    @Test
    void twoBuildsFromDifferentFoldersAreByteIdentical(@TempDir Path first, @TempDir Path second) throws IOException {
        BuiltSite a = BuiltSite.buildFixture(first.resolve("one"));
        BuiltSite b = BuiltSite.buildFixture(second.resolve("elsewhere/two"));
        BuiltSite.assertSameFiles(a.root(), b.root());
    }

    /**
     * Hash orders change from one JVM to the next (Map.of, Set.of), so only builds in separate processes show
     * whether any of them reaches the output.
     */
    @Test
    void buildsInTwoSeparateJvmsAreByteIdentical(@TempDir Path dir) throws Exception {
        Path content = FixtureArchive.write(dir);
        for (String out : List.of("a", "b")) {
            Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), BuildMain.class.getName(), content.toString(),
                    dir.resolve(out).toString(), "https://example.org/archive/")
                    .redirectErrorStream(true).start();
            String log = new String(build.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(0, build.waitFor(), log);
        }
        BuiltSite.assertSameFiles(dir.resolve("a"), dir.resolve("b"));
    }

    @Test
    void rebuildingIntoTheSameFolderReplacesItWhole(@TempDir Path dir) throws IOException {
        BuiltSite a = BuiltSite.buildFixture(dir);
        Files.writeString(a.file("stale.html"), "left over from an older build");
        BuiltSite b = BuiltSite.buildFixture(dir);
        assertEquals(a.root(), b.root());
        assertEquals(false, b.exists("stale.html"));
        try (java.util.stream.Stream<Path> beside = Files.list(dir)) {
            assertEquals(List.of(".site.lock", "content", "site"),
                    beside.map(p -> p.getFileName().toString()).sorted().toList(), "no staging folder is left");
        }
    }
}
