package org.replyarchive.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.output.UnsafeOutputException;
import org.replyarchive.problem.ContentProblemsException;
import org.replyarchive.problem.InvalidRequestException;
import org.replyarchive.problem.Problem;
import org.replyarchive.problem.SourcePosition;
import org.replyarchive.testing.SiteFixture;

/** A user's mistake is a BUILD FAILURE with its message; an engine fault a BUILD ERROR with its cause. */
class MojoOutcomesTest {

    @TempDir
    Path dir;

    private final ProblemLog log = new ProblemLog(new SystemStreamLog(), false, Path.of("content"), null);

    @Test
    void mistakesOfTheUserAreFailuresWithTheirMessageAndNoCause() {
        for (RuntimeException mistake : List.of(new InvalidRequestException("encoding: 'x' is not known — use GBK"),
                new UnsafeOutputException("the output folder holds files"),
                new ContentProblemsException("Nothing imported", List.of(Problem.error(SourcePosition.ofFile("a.txt"),
                        "the file is empty", "import a reply"))))) {
            MojoFailureException failure = assertThrows(MojoFailureException.class, () -> Outcomes.raise(mistake, log));
            assertTrue(failure.getMessage().startsWith(mistake.getMessage()), failure.getMessage());
            assertNull(failure.getCause(), "no stack trace for a mistake");
        }
    }

    @Test
    void anythingElseIsAnErrorThatKeepsItsCause() {
        RuntimeException fault = new IllegalStateException("Cannot write target/site");
        MojoExecutionException error = assertThrows(MojoExecutionException.class, () -> Outcomes.raise(fault, log));
        assertSame(fault, error.getCause());
        IllegalArgumentException bug = new IllegalArgumentException("baseUrl must end with '/'");
        assertSame(bug, assertThrows(MojoExecutionException.class, () -> Outcomes.raise(bug, log)).getCause());
    }

    @Test
    void anUnknownSessionInNewIsAFailure() {
        NewMojo mojo = new NewMojo();
        mojo.contentDirectory = SiteFixture.write(dir, "").toFile();
        mojo.session = "cppcc-99-9";
        mojo.number = "2023D51";
        mojo.kind = "party-group";
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(failure.getMessage().startsWith("session: 'cppcc-99-9' is not a key of registry/sessions.yaml"),
                failure.getMessage());
    }

    @Test
    void aBadEncodingNameInImportIsAFailure() throws IOException {
        ImportMojo mojo = new ImportMojo();
        mojo.contentDirectory = SiteFixture.write(dir, "").toFile();
        mojo.from = Files.writeString(dir.resolve("reply.txt"), "答复").toFile();
        mojo.encoding = "no-such-encoding";
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("encoding: 'no-such-encoding' is not an encoding Java knows — use UTF-8, GB18030 or GBK, or"
                + " leave it out to detect it", failure.getMessage());
    }

    @Test
    void anUnknownAnnotationsValueIsAFailure() {
        ImportMojo mojo = new ImportMojo();
        mojo.contentDirectory = dir.toFile();
        mojo.annotations = "gitlab";
        assertEquals("annotations: 'gitlab' is not known — use none or github",
                assertThrows(MojoFailureException.class, mojo::execute).getMessage());
    }

    @Test
    void theCacheIsOffWithCacheFalseOrAnEmptyOrNoneFolder() {
        BuildMojo mojo = new BuildMojo();
        mojo.basedir = dir.toFile();
        mojo.cache = true;
        mojo.cacheDirectory = "target/reply-archive-cache";
        assertEquals(Optional.of(dir.resolve("target/reply-archive-cache")), mojo.cacheFolder());
        for (String off : new String[] {"", " ", "none", null}) {
            mojo.cacheDirectory = off;
            assertEquals(Optional.empty(), mojo.cacheFolder(), "cacheDirectory '" + off + "'");
        }
        mojo.cacheDirectory = "target/reply-archive-cache";
        mojo.cache = false;
        assertEquals(Optional.empty(), mojo.cacheFolder());
    }

    @Test
    void aBuildWithAnEmptyCacheDirectoryBuildsInFullAndKeepsNoCache() throws Exception {
        BuildMojo mojo = new BuildMojo();
        mojo.basedir = dir.toFile();
        mojo.contentDirectory = SiteFixture.write(dir, "").toFile();
        mojo.outputDirectory = new File(dir.toFile(), "target/site");
        mojo.cache = true;
        mojo.cacheDirectory = "";
        mojo.execute();
        assertTrue(Files.isRegularFile(dir.resolve("target/site/index.html")));
        try (var files = Files.list(dir.resolve("target"))) {
            // The site and its lock file; no cache folder.
            assertEquals(List.of(".site.lock", "site"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertFalse(Files.exists(dir.resolve("reply-archive-cache")));
    }
}
