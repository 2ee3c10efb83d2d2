package org.replyarchive.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.problem.Problems;

class BodyDigestsTest {

    @TempDir
    Path dir;

    private Optional<ReplyFile> read(Path file, BodyDigests digests) {
        return ReplyFile.read(new ContentScanner.Found(file, "replies/2023/x.zh.md", "2023", "x",
                org.replyarchive.config.Language.ZH), new Problems(), digests);
    }

    @Test
    void aFileUnchangedSinceTheLastBuildIsKnownWithoutReadingItsBody() throws IOException {
        Path file = dir.resolve("x.zh.md");
        Files.writeString(file, "---\ntitle: 答复\n---\n\n正文。\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        BodyDigests first = BodyDigests.open(Optional.of(dir.resolve("cache")));
        BodyFacts facts = read(file, first).orElseThrow().body();
        first.save();

        BodyDigests second = BodyDigests.open(Optional.of(dir.resolve("cache")));
        assertEquals(Optional.of(facts), second.lookup(file, "replies/2023/x.zh.md"));
        assertEquals(5, facts.firstBodyLine());
        assertEquals(BodyReader.digest("正文。"), facts.digest());
    }

    @Test
    void aFileWrittenSinceIsReadAgain() throws IOException {
        Path file = dir.resolve("x.zh.md");
        Files.writeString(file, "---\ntitle: 答复\n---\n正文。\n");
        BodyDigests first = BodyDigests.open(Optional.of(dir.resolve("cache")));
        read(file, first);
        first.save();
        // The same size, a later time: only the stamp tells the edit apart.
        Files.writeString(file, "---\ntitle: 答复\n---\n原文。\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2000));

        BodyDigests second = BodyDigests.open(Optional.of(dir.resolve("cache")));
        assertEquals(Optional.empty(), second.lookup(file, "replies/2023/x.zh.md"));
        assertEquals(BodyReader.digest("原文。"), read(file, second).orElseThrow().body().digest());
    }

    @Test
    void aFileWrittenMomentsAgoIsNotTrustedSinceItMayChangeWithinTheSameTick() throws IOException {
        Path file = dir.resolve("x.zh.md");
        Files.writeString(file, "---\ntitle: 答复\n---\n正文。\n");
        BodyDigests first = BodyDigests.open(Optional.of(dir.resolve("cache")));
        read(file, first);
        first.save();
        FileTime written = Files.getLastModifiedTime(file);
        Files.writeString(file, "---\ntitle: 答复\n---\n原文。\n");
        Files.setLastModifiedTime(file, written); // a second write within the clock's tick

        BodyDigests second = BodyDigests.open(Optional.of(dir.resolve("cache")));
        assertEquals(BodyReader.digest("原文。"), read(file, second).orElseThrow().body().digest());
    }

    @Test
    void theFrontMatterOfAKnownFileIsReadAsFarAsItsClosingFence() throws IOException {
        Path file = dir.resolve("x.zh.md");
        Files.writeString(file, "---\ntitle: 答复\n---\n" + "很长的正文。".repeat(10_000) + "\n");
        Optional<String> head = TextFiles.readFrontMatter(file, "x.zh.md", new Problems());
        assertEquals(Optional.of("---\ntitle: 答复\n---\n"), head);
        assertTrue(Files.size(file) > 100_000);
    }
}
