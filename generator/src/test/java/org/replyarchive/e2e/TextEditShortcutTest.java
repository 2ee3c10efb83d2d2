package org.replyarchive.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.replyarchive.testing.ContentEdits.replace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.SiteGenerator;
import org.replyarchive.build.BuildListener;
import org.replyarchive.build.BuildResult;
import org.replyarchive.config.BuildConfig;
import org.replyarchive.problem.Problem;
import org.replyarchive.testing.BuiltSite;
import org.replyarchive.testing.CaseArchive;
import org.replyarchive.testing.ContentTimes;
import org.replyarchive.testing.FixtureArchive;

/**
 * An incremental build after an edit of texts only loads the cases whose files changed and builds the models of
 * their pages alone; every other edit loads the whole folder. Either way the site equals a clean build's.
 */
class TextEditShortcutTest {

    @TempDir
    Path dir;

    private final List<String> lines = new ArrayList<>();

    private BuildResult build(Path content, String output, boolean cached) {
        lines.clear();
        BuildConfig.Builder config = BuildConfig.builder(content, dir.resolve(output))
                .baseUrl("https://example.org/archive/");
        if (cached) {
            config.cacheDirectory(dir.resolve("cache"));
        }
        return SiteGenerator.build(config.build(), new BuildListener() {
            @Override
            public void info(String message) {
                lines.add(message);
            }

            @Override
            public void warning(Problem problem) {}
        });
    }

    private String loading() {
        return lines.stream().filter(l -> l.startsWith("Loading:")).findFirst().orElseThrow();
    }

    /** The fixture archive, written well before the build (see {@link ContentTimes}), built once with the cache. */
    private Path builtFixture() throws IOException {
        Path content = FixtureArchive.write(dir);
        ContentTimes.backdate(content);
        build(content, "site", true);
        return content;
    }

    private void assertSameAsACleanBuild(Path content) {
        build(content, "clean", false);
        BuiltSite.assertSameFiles(dir.resolve("clean"), dir.resolve("site"));
    }

    @Test
    void aBodyEditLoadsItsCaseAloneAndRendersOnlyItsPages() throws IOException {
        Path content = builtFixture();
        assertTrue(loading().endsWith("(read)"), loading());
        build(content, "site", true);
        assertTrue(loading().endsWith("(unchanged since the last build)"), loading());

        replace(content, "replies/2023/2023W5.zh.md", "第5号答复的正文", "第5号答复修改后的正文");
        BuildResult edited = build(content, "site", true);

        assertTrue(loading().endsWith("(texts read again)"), loading());
        assertEquals(3, edited.rendered(), "the reply page and its two side-by-side pages");
        Files.delete(dir.resolve("cache/content.snapshot"));
        BuildResult loadedWhole = build(content, "site", true);
        assertEquals(0, loadedWhole.rendered());
        assertEquals(loadedWhole.warnings(), edited.warnings(), "loading the case alone finds what loading all finds");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Writing:") && l.contains("unchanged since the last build")),
                "the open data, feeds and sitemap are taken over as a group: " + lines);
        assertSameAsACleanBuild(content);
    }

    @Test
    void anEditThatChangesWhatAFrontMatterSaysLoadsEverything() throws IOException {
        Path content = builtFixture();
        replace(content, "replies/2023/2023W5.en.md", "Reply to Member Proposal No. 2023W5",
                "Reply to Member Proposal Number 2023W5");
        BuildResult edited = build(content, "site", true);
        assertTrue(loading().endsWith("(read)"), loading());
        assertTrue(edited.rendered() >= 4, "the lists that show the title too: " + edited.rendered());
        assertSameAsACleanBuild(content);
    }

    @Test
    void aCaseDocumentsTextEditTakesTheShortcutToo() throws IOException {
        Path content = CaseArchive.write(dir);
        ContentTimes.backdate(content);
        build(content, "site", true);
        replace(content, "replies/2023/2023C1.interim.en.md", "The interim reply's text.",
                "The interim reply's corrected text.");
        build(content, "site", true);
        assertTrue(loading().endsWith("(texts read again)"), loading());
        assertTrue(Files.readString(dir.resolve("site/data/replies.en.jsonl"))
                .contains("The interim reply's corrected text."));
        assertSameAsACleanBuild(content);
    }

    @Test
    void aFileWrittenMomentsBeforeABuildIsReadAgainByTheNext() throws IOException {
        Path content = builtFixture();
        // Same length, and the same time as the build's: only a too-recent time tells the next build to look.
        Path reply = content.resolve("replies/2023/2023W5.zh.md");
        replace(content, "replies/2023/2023W5.zh.md", "第5号答复的正文", "第5号答复另一版的正文");
        FileTime written = Files.getLastModifiedTime(reply);
        build(content, "site", true);
        replace(content, "replies/2023/2023W5.zh.md", "第5号答复另一版的正文", "第5号答复第三版的正文");
        Files.setLastModifiedTime(reply, written);
        build(content, "site", true);
        assertTrue(Files.readString(dir.resolve("site/zh/replies/2023/2023W5/index.html")).contains("第5号答复第三版的正文"));
        assertSameAsACleanBuild(content);
    }

    @Test
    void severalTextsOfSeveralCasesChangedAtOnce() throws IOException {
        Path content = builtFixture();
        replace(content, "replies/2023/2023W5.zh.md", "第5号答复的正文", "第5号答复修改后的正文");
        replace(content, "replies/2023/2023W8.en.md", "strengthening work item 8", "strengthening work item eight");
        // A summary reply's body is not published: a change to it changes no page.
        Path withheld = content.resolve("replies/2024/2024D1.zh.md");
        Files.writeString(withheld, Files.readString(withheld) + "\n补充的一段。\n");
        build(content, "site", true);
        assertTrue(loading().endsWith("(texts read again)"), loading());
        assertSameAsACleanBuild(content);
    }

    @Test
    void anOfficialTextEditThatMakesATranslationLagChangesTheListsToo() throws IOException {
        Path content = FixtureArchive.write(dir);
        Path official = content.resolve("replies/2023/2023W5.zh.md");
        String text = Files.readString(official);
        String body = text.substring(text.indexOf("\n---\n", 4) + 5).strip();
        Path translation = content.resolve("replies/2023/2023W5.en.md");
        Files.writeString(translation, Files.readString(translation).replaceFirst("---\n",
                "---\ntranslated_from:\n  text: " + org.replyarchive.content.BodyReader.digest(body)
                        + "\n  blocks: [00000000]\n"));
        ContentTimes.backdate(content);
        build(content, "site", true);
        assertTrue(Files.readString(dir.resolve("site/en/replies/2023/2023W5/index.html")).contains("notice--outdated")
                == false, "the stamped translation is up to date");

        replace(content, "replies/2023/2023W5.zh.md", "第5号答复的正文", "第5号答复修改后的正文");
        build(content, "site", true);

        assertTrue(loading().endsWith("(texts read again)"), loading());
        assertTrue(Files.readString(dir.resolve("site/en/replies/2023/2023W5/index.html")).contains("notice--outdated"),
                "the translation now lags behind its official text");
        assertSameAsACleanBuild(content);
    }

    @Test
    void aSiteStylesheetAddedOrAFileOfTheOpenDataRemovedIsSeenThoughNoContentChanged() throws IOException {
        Path content = FixtureArchive.write(dir);
        ContentTimes.backdate(content);
        Path theme = Files.createDirectories(dir.resolve("theme"));
        BuildConfig styled = BuildConfig.builder(content, dir.resolve("site")).baseUrl("https://example.org/archive/")
                .cacheDirectory(dir.resolve("cache")).themeDirectory(theme).build();
        SiteGenerator.build(styled, BuildListener.SILENT);
        Files.createDirectories(theme.resolve("static"));
        Files.writeString(theme.resolve("static/site.css"), "body { color: #222; }\n");
        SiteGenerator.build(styled, BuildListener.SILENT);
        assertTrue(Files.readString(dir.resolve("site/zh/index.html")).contains("assets/site.css"),
                "every page links the new stylesheet");
        Files.delete(dir.resolve("site/data/replies.csv"));
        SiteGenerator.build(styled, BuildListener.SILENT);
        SiteGenerator.build(BuildConfig.builder(content, dir.resolve("clean")).baseUrl("https://example.org/archive/")
                .themeDirectory(theme).build(), BuildListener.SILENT);
        BuiltSite.assertSameFiles(dir.resolve("clean"), dir.resolve("site"));
    }

    @Test
    void aSnapshotThatCannotBeReadOnlyCostsAFullLoad() throws IOException {
        Path content = builtFixture();
        Files.writeString(dir.resolve("cache/content.snapshot"), "{\"engine\": 3, \"site\": [");
        build(content, "site", true);
        assertTrue(loading().endsWith("(read)"), loading());
        assertSameAsACleanBuild(content);
    }
}
