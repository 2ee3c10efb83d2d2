package org.replyarchive.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.replyarchive.testing.ContentEdits.replace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.build.BuildListener;
import org.replyarchive.build.BuildResult;
import org.replyarchive.SiteGenerator;
import org.replyarchive.config.BuildConfig;
import org.replyarchive.testing.BuiltSite;
import org.replyarchive.testing.FixtureArchive;

/** With a cache, unchanged pages are taken over and changed ones rendered; the output equals a clean build's. */
class IncrementalBuildTest {

    @TempDir
    Path dir;

    private BuildResult build(Path content, String output, boolean cached) {
        BuildConfig.Builder config = BuildConfig.builder(content, dir.resolve(output))
                .baseUrl("https://example.org/archive/");
        if (cached) {
            config.cacheDirectory(dir.resolve("cache"));
        }
        return SiteGenerator.build(config.build(), BuildListener.SILENT);
    }

    @Test
    void anUnchangedArchiveRendersNoPageAndWritesNoFileAgain() throws IOException {
        Path content = FixtureArchive.write(dir);
        BuildResult first = build(content, "site", true);
        Map<String, Object> before = fileKeys(dir.resolve("site"));
        BuildResult second = build(content, "site", true);
        assertEquals(first.pages(), first.rendered());
        assertEquals(0, second.rendered());
        assertEquals(first.pages(), second.pages());
        assertEquals(before, fileKeys(dir.resolve("site")), "every file is the previous one, taken over");
    }

    @Test
    void changingOneReplyRendersOnlyThePagesItAffectsAndMatchesACleanBuild() throws IOException {
        Path content = FixtureArchive.write(dir);
        build(content, "site", true);
        Map<String, Object> before = fileKeys(dir.resolve("site"));
        Path reply = content.resolve("replies/2023/2023W5.zh.md");
        Files.writeString(reply, Files.readString(reply).replace("第5号答复的正文", "第5号答复修改后的正文"));

        BuildResult incremental = build(content, "site", true);

        Map<String, Object> after = fileKeys(dir.resolve("site"));
        Set<String> rewritten = new TreeSet<>();
        after.forEach((file, key) -> {
            if (!key.equals(before.get(file))) {
                rewritten.add(file);
            }
        });
        Set<String> pages = new TreeSet<>(rewritten);
        pages.removeIf(file -> file.startsWith("zh/search/index/"));
        // A patched site gets a new marker, which tells the caches which site they describe.
        assertTrue(pages.remove(".reply-archive"), "the marker is written anew with a patch");
        // The Chinese full texts hold the changed body too; the English ones are taken over.
        assertTrue(pages.remove("data/replies.zh.jsonl"), "the Chinese full-text file is written again");
        assertEquals(before.get("data/replies.en.jsonl"), after.get("data/replies.en.jsonl"));
        assertEquals(Set.of("zh/replies/2023/2023W5/index.html", "zh/replies/2023/2023W5/side-by-side/index.html",
                "en/replies/2023/2023W5/side-by-side/index.html"), pages,
                "only the changed reply's Chinese page and its side-by-side pages, in both languages, are written"
                        + " again: its body is in no other page");
        assertTrue(rewritten.contains("zh/search/index/manifest.json") || rewritten.size() > 1,
                "the Chinese search index changes with the text it indexes");
        assertTrue(rewritten.stream().noneMatch(file -> file.startsWith("en/") && !file.endsWith("/side-by-side/index.html")),
                "nothing English changes but the side-by-side page, which shows the Chinese text too");
        assertEquals(3, incremental.rendered(), "the reply page and its two side-by-side pages");
        build(content, "clean", false);
        BuiltSite.assertSameFiles(dir.resolve("clean"), dir.resolve("site"));
    }

    @Test
    void changingATitleRendersTheListsAndNeighboursThatShowIt() throws IOException {
        Path content = FixtureArchive.write(dir);
        build(content, "site", true);
        Path reply = content.resolve("replies/2023/2023W5.en.md");
        Files.writeString(reply, Files.readString(reply).replace("Reply to Member Proposal No. 2023W5",
                "Reply to Member Proposal Number 2023W5"));
        BuildResult incremental = build(content, "site", true);
        assertTrue(incremental.rendered() >= 4 && incremental.rendered() < 20,
                "the English reply, its neighbours and the English lists that show it: " + incremental.rendered());
        build(content, "clean", false);
        BuiltSite.assertSameFiles(dir.resolve("clean"), dir.resolve("site"));
    }

    /** A change to the content an editor may make between two builds. */
    private record Edit(String name, Edit.Change change) {
        interface Change {
            void apply(Path content) throws IOException;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static java.util.stream.Stream<Edit> edits() {
        return java.util.stream.Stream.of(
                new Edit("one body changed", content -> replace(content, "replies/2023/2023W5.zh.md",
                        "第5号答复的正文", "第5号答复修改后的正文")),
                new Edit("one reply added", content -> Files.writeString(content.resolve("replies/2023/2023W99.zh.md"),
                        Files.readString(content.resolve("replies/2023/2023W5.zh.md")).replace("2023W5", "2023W99"))),
                new Edit("the newest reply removed", content -> {
                    Files.delete(content.resolve("replies/2024/2024D2.zh.md"));
                    Files.deleteIfExists(content.resolve("replies/2024/2024D2.en.md"));
                }),
                new Edit("a reply in the middle removed", content -> {
                    Files.delete(content.resolve("replies/2023/2023W12.zh.md"));
                    Files.delete(content.resolve("replies/2023/2023W12.en.md"));
                }),
                new Edit("a registry name changed", content -> replaceFirstEnglishName(content, "registry/departments.yaml")),
                new Edit("a translation added", content -> Files.writeString(
                        content.resolve("replies/2023/" + FixtureArchive.UNTRANSLATED + ".en.md"),
                        Files.readString(content.resolve("replies/2023/2023W8.en.md")).replace("2023W8",
                                FixtureArchive.UNTRANSLATED))));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("edits")
    void anyEditGivesTheSameSiteAsACleanBuildSearchIndexIncluded(Edit edit) throws IOException {
        Path content = FixtureArchive.write(dir);
        // Written well before the build, as real content is: a text edit then takes the short way.
        org.replyarchive.testing.ContentTimes.backdate(content);
        build(content, "site", true);
        edit.change().apply(content);
        build(content, "site", true);
        build(content, "clean", false);
        BuiltSite.assertSameFiles(dir.resolve("clean"), dir.resolve("site"));
        build(content, "site", true);
        BuiltSite.assertSameFiles(dir.resolve("clean"), dir.resolve("site"));
    }

    private static void replaceFirstEnglishName(Path content, String file) throws IOException {
        Path path = content.resolve(file);
        String text = Files.readString(path);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("en: ([^,}\\n]+)").matcher(text);
        assertTrue(m.find(), file + " names something in English");
        Files.writeString(path, text.substring(0, m.start(1)) + "Renamed " + text.substring(m.start(1)));
    }

    /** Each file's identity on disk: a file taken over keeps its inode, a file written again gets a new one. */
    private static Map<String, Object> fileKeys(Path root) throws IOException {
        Map<String, Object> keys = new TreeMap<>();
        try (var files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                keys.put(root.relativize(file).toString(),
                        Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
            }
        }
        return keys;
    }

    @Test
    void aBuildWithoutTheCacheInBetweenMakesTheCacheVoidNotStale() throws IOException {
        Path content = FixtureArchive.write(dir);
        Path reply = content.resolve("replies/2023/2023W5.zh.md");
        String original = Files.readString(reply);
        build(content, "site", true);
        Files.writeString(reply, original.replace("第5号答复的正文", "第5号答复另一版本的正文"));
        build(content, "site", false);
        Files.writeString(reply, original);
        BuildResult third = build(content, "site", true);
        assertEquals(third.pages(), third.rendered(), "the cache no longer describes the output folder");
        build(content, "clean", false);
        BuiltSite.assertSameFiles(dir.resolve("clean"), dir.resolve("site"));
    }

    @Test
    void aBuildNeverReplacesAFolderItDidNotWrite() throws IOException {
        Path content = FixtureArchive.write(dir);
        Path notes = dir.resolve("site/NOTES.txt");
        Files.createDirectories(notes.getParent());
        Files.writeString(notes, "someone's notes");
        var thrown = org.junit.jupiter.api.Assertions.assertThrows(org.replyarchive.output.UnsafeOutputException.class,
                () -> build(content, "site", false));
        assertTrue(thrown.getMessage().contains("choose an empty or new folder"), thrown.getMessage());
        assertEquals("someone's notes", Files.readString(notes));
        var overlap = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> BuildConfig.builder(content, dir).build());
        assertTrue(overlap.getMessage().contains("overlaps contentDirectory"), overlap.getMessage());
    }
}
