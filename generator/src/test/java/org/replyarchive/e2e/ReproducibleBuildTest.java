package org.replyarchive.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.testing.BuiltSite;

/** The same input gives byte-identical output, wherever it is built from and however often. */
class ReproducibleBuildTest {

    @Test
    void twoBuildsFromDifferentFoldersAreByteIdentical(@TempDir Path first, @TempDir Path second) throws IOException {
        BuiltSite a = BuiltSite.buildFixture(first.resolve("one"));
        BuiltSite b = BuiltSite.buildFixture(second.resolve("elsewhere/two"));
        assertEquals(a.files(), b.files());
        for (String file : a.files()) {
            assertArrayEquals(Files.readAllBytes(a.file(file)), Files.readAllBytes(b.file(file)), file);
        }
    }

    @Test
    void rebuildingIntoTheSameFolderReplacesItWhole(@TempDir Path dir) throws IOException {
        BuiltSite a = BuiltSite.buildFixture(dir);
        Files.writeString(a.file("stale.html"), "left over from an older build");
        BuiltSite b = BuiltSite.buildFixture(dir);
        assertEquals(a.root(), b.root());
        assertEquals(false, b.exists("stale.html"));
        assertEquals(false, Files.exists(dir.resolve(".site.staging")));
    }
}
