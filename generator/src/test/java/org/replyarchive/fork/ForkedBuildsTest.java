package org.replyarchive.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.replyarchive.testing.ContentEdits.replace;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.SiteGenerator;
import org.replyarchive.build.BuildListener;
import org.replyarchive.build.BuildResult;
import org.replyarchive.config.BuildConfig;
import org.replyarchive.problem.ContentProblemsException;
import org.replyarchive.problem.Problem;
import org.replyarchive.testing.BuiltSite;
import org.replyarchive.testing.ContentTimes;
import org.replyarchive.testing.FixtureArchive;

/**
 * A build after a small edit runs in a child JVM started on this one's class path: it tells its progress and
 * warnings as this JVM's build would, fails here with the problems it found, and writes the same site.
 */
class ForkedBuildsTest {

    private static final String FORKED = "building in a JVM of its own";

    @TempDir
    Path dir;

    private final List<String> lines = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private BuildResult first;

    private static List<Path> thisClassPath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty()).map(Path::of).toList();
    }

    private BuildConfig config(Path content, String output, boolean cached) {
        BuildConfig.Builder config = BuildConfig.builder(content, dir.resolve(output))
                .baseUrl("https://example.org/archive/");
        if (cached) {
            config.cacheDirectory(dir.resolve("cache-" + output));
        }
        return config.build();
    }

    private BuildResult build(BuildConfig config) {
        lines.clear();
        warnings.clear();
        return ForkedBuilds.build(config, new BuildListener() {
            @Override
            public void info(String message) {
                lines.add(message);
            }

            @Override
            public void warning(Problem problem) {
                warnings.add(problem);
            }
        }, thisClassPath());
    }

    private boolean forked() {
        return lines.stream().anyMatch(line -> line.contains(FORKED));
    }

    private Path builtFixture() throws IOException {
        Path content = FixtureArchive.write(dir);
        ContentTimes.backdate(content);
        first = build(config(content, "site", true));
        assertFalse(forked(), "a first build renders every page, in this JVM: " + lines);
        return content;
    }

    @Test
    void aTextEditIsBuiltInAChildThatWritesTheSameSiteAndTellsTheSameWarnings() throws IOException {
        Path content = builtFixture();
        List<Problem> firstWarnings = List.copyOf(warnings);
        assertFalse(firstWarnings.isEmpty(), "the fixture has warnings, so that telling them is tested");
        replace(content, "replies/2023/2023W5.zh.md", "第5号答复的正文", "第5号答复修改后的正文");

        BuildResult edited = build(config(content, "site", true));

        assertTrue(forked(), "one text changed: " + lines);
        assertEquals(3, edited.rendered(), "its page and side-by-side pages: the child's result arrives");
        assertEquals(first.pages(), edited.pages());
        assertEquals(first.output(), edited.output());
        assertEquals(warnings, edited.warnings());
        assertTrue(lines.contains(edited.summary()), "the summary the child printed is the result's: " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Loading:") && l.endsWith("(texts read again)")), "the"
                + " child's progress lines reach the listener: " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Built ")), "and its summary: " + lines);
        // An incremental build tells the warnings of what it loads and renders, not the terminology of
        // translations it takes over: a subset of the first build's, each arriving whole, position and all.
        assertFalse(warnings.isEmpty(), lines.toString());
        assertTrue(firstWarnings.containsAll(warnings), warnings + " among " + firstWarnings);
        SiteGenerator.build(config(content, "clean", false), BuildListener.SILENT);
        BuiltSite.assertSameFiles(dir.resolve("clean"), dir.resolve("site"));
    }

    @Test
    void aContentErrorFoundInTheChildFailsHereWithTheSameProblems() throws IOException {
        Path content = builtFixture();
        Files.writeString(content.resolve("replies/2023/2023W5.zh.md"), "---\ntitle: [unclosed\n---\n正文\n");
        ContentProblemsException inThisJvm = assertThrows(ContentProblemsException.class,
                () -> SiteGenerator.build(config(content, "other", false), BuildListener.SILENT));
        String before = org.replyarchive.testing.TreeDigest.of(dir.resolve("site"));

        ContentProblemsException relayed = assertThrows(ContentProblemsException.class,
                () -> build(config(content, "site", true)));

        assertTrue(forked(), "a reply file edited: " + lines);
        assertEquals(inThisJvm.getMessage(), relayed.getMessage());
        assertEquals(inThisJvm.problems(), relayed.problems());
        assertEquals(before, org.replyarchive.testing.TreeDigest.of(dir.resolve("site")), "the previous site is untouched");
    }

    @Test
    void aRegistryOrThemeEditOrManyEditedRepliesOrNoEarlierBuildStayInThisJvm() throws IOException {
        Path content = builtFixture();
        build(config(content, "site", true));
        assertTrue(forked(), "nothing changed is the smallest change of all: " + lines);
        assertFalse(SmallChange.likely(config(content, "site", false)), "no cache: no earlier build to patch");
        assertFalse(SmallChange.likely(config(content, "elsewhere", true)), "no site there yet");

        Path words = Files.createDirectories(dir.resolve("theme/i18n")).resolve("en.yaml");
        Files.writeString(words, "site_name: Archive\n");
        BuildConfig themed = BuildConfig.builder(content, dir.resolve("site")).themeDirectory(dir.resolve("theme"))
                .cacheDirectory(dir.resolve("cache-site")).build();
        assertFalse(SmallChange.likely(themed), "a theme file edited since: every page may change");
        Files.setLastModifiedTime(words, FileTime.from(Instant.now().minus(Duration.ofDays(1))));
        assertTrue(SmallChange.likely(themed), "the same theme, unchanged since the last build");

        replace(content, "registry/departments.yaml", "Education Department of Jilin Province",
                "Education Bureau of Jilin Province");
        assertFalse(SmallChange.likely(config(content, "site", true)), "a registry renames on many pages");
        build(config(content, "site", true));
        assertFalse(forked(), lines.toString());

        try (Stream<Path> replies = Files.walk(content.resolve("replies"))) {
            for (Path reply : replies.filter(p -> p.toString().endsWith(".md")).toList()) {
                Files.writeString(reply, Files.readString(reply));
            }
        }
        assertFalse(SmallChange.likely(config(content, "site", true)), "every reply touched");
    }
}
