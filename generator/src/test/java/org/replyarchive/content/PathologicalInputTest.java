package org.replyarchive.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.SiteGenerator;
import org.replyarchive.build.BuildListener;
import org.replyarchive.config.BuildConfig;
import org.replyarchive.problem.ContentProblemsException;
import org.replyarchive.problem.Problem;
import org.replyarchive.problem.Problems;
import org.replyarchive.testing.SiteFixture;

/** Any input gets its verdict in bounded time and memory, at its own position. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PathologicalInputTest {

    private static final String REPLY = "replies/2023/2023D51.zh.md";

    @TempDir
    Path dir;

    @Test
    void aHundredMegabyteReplyIsRefusedBeforeItIsRead() throws IOException {
        Path content = fixture();
        try (OutputStream out = Files.newOutputStream(content.resolve(REPLY))) {
            out.write("---\nsummary: ".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "摘".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 100L << 20; written += chunk.length) {
                out.write(chunk);
            }
        }
        List<String> problems = problemsOf(content);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(REPLY + ":1:1: the file has 104,988,685 bytes, more than the 4,194,304 a content file may have"
                + " — split it, or shorten it: the longest real reply has about 100,000 bytes", problems.get(0));
    }

    @Test
    void aFrontMatterOfMegabytesIsRefusedAtItsFirstLine() throws IOException {
        Path content = fixture();
        Files.writeString(content.resolve(REPLY), "---\nsummary: " + "长".repeat(1_000_000) + "\n---\n正文。\n");
        List<String> problems = problemsOf(content);
        assertEquals(List.of(REPLY + ":2:1: the front matter has 1,000,009 characters, more than the 65,536 it may"
                + " have — keep only the fields in it (a summary has at most 200 characters); the text goes after"
                + " the second '---'"), problems);
    }

    @Test
    void aRegistryOfOneHugeValueGetsItsVerdictQuickly() throws IOException {
        // Just under the limit, one value is slowest for YAML's scanner.
        Path nearLimit = fixture();
        Files.writeString(nearLimit.resolve("registry/topics.yaml"), "talent: {zh: 人才, en: Talent}\nhuge: "
                + "x".repeat(1_000_000) + "\n");
        long started = System.nanoTime();
        problemsOf(nearLimit);
        assertEquals(true, (System.nanoTime() - started) < 3e9, "took " + (System.nanoTime() - started) / 1e9 + " s");

        Path content = fixture();
        Files.writeString(content.resolve("registry/topics.yaml"), "talent: {zh: 人才, en: Talent}\nhuge: "
                + "x".repeat(4_000_000) + "\n");
        long start = System.nanoTime();
        List<String> problems = problemsOf(content);
        assertEquals(true, (System.nanoTime() - start) < 10e9, "took " + (System.nanoTime() - start) / 1e9 + " s");
        assertEquals("registry/topics.yaml:1:1: the file has 4,000,040 bytes, more than the 1,048,576 a"
                + " registry or settings file may have — split it, or shorten it: a registry of a thousand entries"
                + " has about 10,000 bytes", problems.get(0));
    }

    @Test
    void aHundredThousandNestedListsAreReportedWhereTheNestingGoesTooDeep() {
        Problems problems = new Problems();
        String yaml = "title: x\nproposal:\n  number: 1\ntopics: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
        assertEquals(java.util.Optional.empty(), YamlParser.parse(yaml, REPLY, 2, problems));
        assertEquals(List.of(REPLY + ":5:" + (9 + YamlParser.MAX_DEPTH - 1) + ": the YAML nests more than 16 levels"
                + " deep here — front matter and registries need at most four levels: close the brackets or lists"
                + " opened above"), problems.sorted().stream().map(Problem::toString).toList());
    }

    private Path fixture() {
        return SiteFixture.write(dir, "-- " + REPLY + " --\n" + SiteFixture.REPLY_ZH);
    }

    private List<String> problemsOf(Path content) {
        ContentProblemsException e = assertThrows(ContentProblemsException.class, () -> SiteGenerator.build(
                BuildConfig.builder(content, dir.resolve("site")).build(), BuildListener.SILENT));
        return e.problems().stream().filter(Problem::isError).map(Problem::toString).toList();
    }
}
