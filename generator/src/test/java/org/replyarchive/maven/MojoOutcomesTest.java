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
import org.replyarchive.testing.TreeDigest;

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

    @Test
    void aLinkToAMissingFileFailsTheBuildAtTheLinkWithNoStackTraceAndKeepsTheSite() throws Exception {
        BuildMojo mojo = new BuildMojo();
        mojo.basedir = dir.toFile();
        Path content = SiteFixture.write(dir, "");
        mojo.contentDirectory = content.toFile();
        mojo.outputDirectory = new File(dir.toFile(), "target/site");
        mojo.cacheDirectory = "";
        mojo.execute();
        String before = TreeDigest.of(dir.resolve("target/site"));
        Files.createDirectories(content.resolve("replies/2023"));
        Files.createSymbolicLink(content.resolve("replies/2023/2023D9.zh.md"), Path.of("/nonexistent/2023D9.zh.md"));
        List<String> errors = new java.util.ArrayList<>();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void error(CharSequence content) {
                errors.add(content.toString());
            }
        });

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        assertNull(failure.getCause(), "no stack trace");
        assertEquals(List.of("replies/2023/2023D9.zh.md:1:1: the file is a symbolic link to a missing file"
                + " (/nonexistent/2023D9.zh.md) — remove it, or point it at a file inside content/"), errors);
        assertEquals(before, TreeDigest.of(dir.resolve("target/site")), "the previous site is untouched");
    }

    @Test
    void theLockTimeoutIsADurationAsWrittenOnTheCommandLine() {
        assertEquals(java.time.Duration.ofSeconds(90), DurationParameter.parse("lockTimeout", "90s"));
        assertEquals(java.time.Duration.ofMinutes(10), DurationParameter.parse("lockTimeout", " 10m "));
        assertEquals(java.time.Duration.ofHours(1), DurationParameter.parse("lockTimeout", "1H"));
        assertEquals(java.time.Duration.ofMillis(500), DurationParameter.parse("lockTimeout", "500ms"));
        assertEquals(java.time.Duration.ZERO, DurationParameter.parse("lockTimeout", "0"));
        assertEquals(java.time.Duration.ofMinutes(2).plusSeconds(5), DurationParameter.parse("lockTimeout", "PT2M5S"));
        for (String wrong : List.of("ten minutes", "-5s", "PT-1M", "5", "1.5m", "")) {
            InvalidRequestException e = assertThrows(InvalidRequestException.class,
                    () -> DurationParameter.parse("lockTimeout", wrong), wrong);
            assertEquals("lockTimeout: '" + wrong + "' is not a duration — use a whole number with s, m or h (e.g."
                    + " 30s, 10m, 1h), 0 to fail at once, or an ISO-8601 duration such as PT10M", e.getMessage());
        }
    }

    @Test
    void buildAndServeGiveTheirLockTimeoutToTheBuildAndAWrongOneFailsTheGoal() throws Exception {
        File content = new File(dir.toFile(), "content");
        BuildMojo build = new BuildMojo();
        build.contentDirectory = content;
        build.outputDirectory = new File(dir.toFile(), "site");
        build.lockTimeout = "45s";
        assertEquals(java.time.Duration.ofSeconds(45), build.toConfig(dir.resolve("site"), Optional.empty())
                .lockTimeout());
        ServeMojo serve = new ServeMojo();
        serve.contentDirectory = content;
        serve.lockTimeout = "PT3M";
        assertEquals(java.time.Duration.ofMinutes(3), serve.toConfig(dir.resolve("served"), Optional.empty())
                .lockTimeout());
        CheckMojo check = new CheckMojo();
        check.contentDirectory = content;
        assertEquals(org.replyarchive.config.BuildConfig.DEFAULT_LOCK_TIMEOUT,
                check.toConfig(dir.resolve("checked"), Optional.empty()).lockTimeout());

        build.lockTimeout = "soon";
        MojoFailureException failure = assertThrows(MojoFailureException.class, build::execute);
        assertTrue(failure.getMessage().startsWith("lockTimeout: 'soon' is not a duration"), failure.getMessage());
        assertNull(failure.getCause());
    }

    @Test
    void aBuildThatFindsTheOutputLockedFailsAfterItsLockTimeoutNamingTheOtherBuild() throws Exception {
        BuildMojo mojo = new BuildMojo();
        mojo.basedir = dir.toFile();
        mojo.contentDirectory = SiteFixture.write(dir, "").toFile();
        mojo.outputDirectory = new File(dir.toFile(), "target/site");
        mojo.cacheDirectory = "";
        mojo.lockTimeout = "1s";
        Path out = mojo.outputDirectory.toPath().toAbsolutePath();
        try (org.replyarchive.output.OutputLock held = org.replyarchive.output.OutputLock.acquire(out,
                java.time.Duration.ZERO, m -> {})) {
            long started = System.nanoTime();
            MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
            double waited = (System.nanoTime() - started) / 1e9;
            assertTrue(failure.getMessage().startsWith("Another build (another build in this JVM) is writing to " + out
                    + " and still held "), failure.getMessage());
            assertTrue(waited >= 1 && waited < 10, "waited " + waited + " s for a timeout of 1 s");
        }
        assertFalse(Files.exists(out), "no site was written while another build held the lock");
    }
}
