package org.replyarchive.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.replyarchive.config.BuildConfig;
import org.replyarchive.testing.BuiltSite;
import org.replyarchive.testing.CaseArchive;
import org.replyarchive.testing.ContentTimes;

/**
 * The full-text files are joined from the lines the reply pages made as they were rendered: an incremental
 * build reads the bodies of the changed replies only, and its files equal a clean build's byte for byte.
 */
class FullTextIncrementalTest {

    @TempDir
    Path dir;

    private void build(Path content, String output, boolean cached) {
        BuildConfig.Builder config = BuildConfig.builder(content, dir.resolve(output))
                .baseUrl("https://example.org/archive/");
        if (cached) {
            config.cacheDirectory(dir.resolve("cache"));
        }
        SiteGenerator.build(config.build(), BuildListener.SILENT);
    }

    /**
     * Changes the bytes of a file but not its size, modification time or identity, so that loading takes its
     * body on trust from the cache: a build that then reads the body finds it changed and fails.
     */
    private static String tamper(Path file) throws IOException {
        String original = Files.readString(file);
        FileTime time = Files.getLastModifiedTime(file);
        String changed = original.replace("正文", "伪文").replace("text", "txet");
        assertNotEquals(original, changed, file + " has a text to tamper with");
        Files.writeString(file, changed);
        Files.setLastModifiedTime(file, time);
        return original;
    }

    private static void restore(Path file, String original) throws IOException {
        FileTime time = Files.getLastModifiedTime(file);
        Files.writeString(file, original);
        Files.setLastModifiedTime(file, time);
    }

    @Test
    void theCacheKeepsOneLinePerReplyAndLanguageOfTheLastBuildOnly() throws IOException {
        Path content = CaseArchive.write(dir);
        build(content, "site", true);
        long lines = lineFiles();
        assertEquals(Files.readAllLines(dir.resolve("site/data/replies.zh.jsonl")).size()
                + Files.readAllLines(dir.resolve("site/data/replies.en.jsonl")).size(), lines);
        Path changed = content.resolve("replies/2023/2023C4.zh.md");
        Files.writeString(changed, Files.readString(changed).replace("第2023C4号答复的正文", "第2023C4号答复改过的正文"));

        build(content, "site", true);

        // The edited reply's new line replaced its old one; every other line stayed.
        assertEquals(lines, lineFiles());
    }

    private long lineFiles() throws IOException {
        try (var files = Files.list(dir.resolve("cache/fulltext"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).count();
        }
    }

    @Test
    void changingOneReplyReadsNoOtherBodyAndGivesTheCleanBuildsFiles() throws IOException {
        Path content = CaseArchive.write(dir);
        ContentTimes.backdate(content);
        build(content, "site", true);
        byte[] englishBefore = Files.readAllBytes(dir.resolve("site/data/replies.en.jsonl"));
        Path changed = content.resolve("replies/2023/2023C4.zh.md");
        Files.writeString(changed, Files.readString(changed).replace("第2023C4号答复的正文", "第2023C4号答复修改后的正文"));
        List<Path> untouched = new ArrayList<>();
        for (String name : List.of("2023C1.zh.md", "2023C1.interim.zh.md", "2023C1.interim.en.md",
                "2023C1.co-jl-jyt.zh.md", "2023C2.zh.md", "2023C2.second.zh.md", "2023C2.follow-up.zh.md",
                "2023C3.zh.md")) {
            untouched.add(content.resolve("replies/2023/" + name));
        }
        List<String> originals = new ArrayList<>();
        for (Path file : untouched) {
            originals.add(tamper(file));
        }

        build(content, "site", true); // would fail with "the file changed" had it read any of them

        String zh = Files.readString(dir.resolve("site/data/replies.zh.jsonl"));
        assertTrue(zh.contains("第2023C4号答复修改后的正文"), "the changed reply's new text is published");
        assertFalse(zh.contains("伪文"), "no other reply's body was read");
        assertFalse(Files.readString(dir.resolve("site/data/replies.en.jsonl")).contains("txet"));
        assertArrayEquals(englishBefore, Files.readAllBytes(dir.resolve("site/data/replies.en.jsonl")),
                "the English file is unchanged");
        for (int i = 0; i < untouched.size(); i++) {
            restore(untouched.get(i), originals.get(i));
        }
        build(content, "clean", false);
        assertEquals(Files.readString(dir.resolve("clean/data/replies.zh.jsonl")), zh);
        BuiltSite.assertSameFiles(dir.resolve("clean"), dir.resolve("site"));
    }

    /**
     * With a documents registry, which replies cite which document is found before any page is written: an
     * incremental build takes the unchanged texts' citations from the cache, and the changed text's anew.
     */
    @Test
    void theCitationScanReadsOnlyTheChangedTexts() throws IOException {
        Path content = CaseArchive.write(dir);
        ContentTimes.backdate(content);
        Files.writeString(content.resolve("registry/documents.yaml"),
                "talent-plan:\n  title: {zh: 人才计划, en: Talent Plan}\n");
        Path changed = content.resolve("replies/2023/2023C4.zh.md");
        build(content, "site", true);
        assertFalse(Files.exists(dir.resolve("site/zh/documents/talent-plan/index.html"))
                && Files.readString(dir.resolve("site/zh/documents/talent-plan/index.html")).contains("2023C4"));
        Files.writeString(changed, Files.readString(changed).replace("第2023C4号答复的正文",
                "第2023C4号答复依据《人才计划》修改后的正文"));
        List<Path> untouched = new ArrayList<>();
        for (String name : List.of("2023C1.zh.md", "2023C2.zh.md", "2023C3.zh.md")) {
            untouched.add(content.resolve("replies/2023/" + name));
        }
        List<String> originals = new ArrayList<>();
        for (Path file : untouched) {
            originals.add(tamper(file));
        }

        build(content, "site", true); // would fail with "the file changed" had the scan read any of them

        assertTrue(Files.readString(dir.resolve("site/zh/documents/talent-plan/index.html")).contains("2023C4"),
                "the changed text's new citation is found");
        for (int i = 0; i < untouched.size(); i++) {
            restore(untouched.get(i), originals.get(i));
        }
        build(content, "clean", false);
        BuiltSite.assertSameFiles(dir.resolve("clean"), dir.resolve("site"));
    }

    @Test
    void changingACaseDocumentsTranslationRewritesItsLineAlone() throws IOException {
        Path content = CaseArchive.write(dir);
        ContentTimes.backdate(content);
        build(content, "site", true);
        List<String> before = Files.readAllLines(dir.resolve("site/data/replies.en.jsonl"));
        Path interim = content.resolve("replies/2023/2023C1.interim.en.md");
        Files.writeString(interim, Files.readString(interim).replace("The interim reply's text.",
                "The interim reply's corrected text."));
        build(content, "site", true);
        List<String> after = Files.readAllLines(dir.resolve("site/data/replies.en.jsonl"));
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            boolean c1 = before.get(i).contains("\"id\":\"2023/2023C1\"");
            assertEquals(!c1, before.get(i).equals(after.get(i)), "line " + i + " changes only if it is 2023C1's");
        }
        assertTrue(String.join("\n", after).contains("The interim reply's corrected text."));
        build(content, "clean", false);
        BuiltSite.assertSameFiles(dir.resolve("clean"), dir.resolve("site"));
    }

    @Test
    void theCacheKeepsOneLinePerReplyAndLanguageOfTheLastBuild() throws IOException {
        Path content = CaseArchive.write(dir);
        ContentTimes.backdate(content);
        build(content, "site", true);
        Path lines = dir.resolve("cache/fulltext");
        assertEquals(10, count(lines), "5 replies in 2 languages");
        Path reply = content.resolve("replies/2023/2023C4.zh.md");
        Files.writeString(reply, Files.readString(reply).replace("第2023C4号答复的正文", "第2023C4号答复另一版本的正文"));
        build(content, "site", true);
        assertEquals(10, count(lines), "the changed reply's old line is gone");
    }

    private static long count(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".json")).count();
        }
    }
}
