package org.replyarchive.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        // Process CPU time, not the clock: a machine busy with other work must not fail the test.
        long started = cpuNanos();
        problemsOf(nearLimit);
        assertEquals(true, (cpuNanos() - started) < 3e9, "took " + (cpuNanos() - started) / 1e9 + " s of CPU");

        Path content = fixture();
        Files.writeString(content.resolve("registry/topics.yaml"), "talent: {zh: 人才, en: Talent}\nhuge: "
                + "x".repeat(4_000_000) + "\n");
        long start = cpuNanos();
        List<String> problems = problemsOf(content);
        assertEquals(true, (cpuNanos() - start) < 10e9, "took " + (cpuNanos() - start) / 1e9 + " s of CPU");
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

    @Test
    void aBillionLaughsOfAliasesIsNotExpanded() throws IOException {
        StringBuilder yaml = new StringBuilder("a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (int i = 1; i <= 9; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        Path content = fixture();
        Files.writeString(content.resolve("registry/topics.yaml"), "talent: {zh: 人才, en: Talent}\n" + yaml);
        long started = cpuNanos();
        List<String> problems = problemsOf(content);
        double seconds = (cpuNanos() - started) / 1e9;
        assertTrue(seconds < 10, "took " + seconds + " s of CPU");
        // Each alias is an error at its place; nothing is expanded (9^9 copies would take gigabytes).
        assertEquals(81, problems.stream().filter(p -> p.contains(": the value is the YAML alias '*a")).count());
        assertTrue(problems.contains("registry/topics.yaml:4:10: the value is the YAML alias '*a1', which is not"
                + " expanded here — write the value out in full instead of the alias"), problems.toString());
    }

    @Test
    void anAliasInFrontMatterIsAnErrorRatherThanItsName() throws IOException {
        Path content = fixture();
        Files.writeString(content.resolve(REPLY), SiteFixture.REPLY_ZH.replace("summary: 答复摘要。", "summary: *t")
                .replace("title: 关于", "title: &t 关于"));
        assertEquals(List.of(REPLY + ":16:10: the value is the YAML alias '*t', which is not expanded here — write the"
                + " value out in full instead of the alias"), problemsOf(content));
    }

    /** The CPU time of this JVM, every thread: what a verdict costs, whatever else the machine is doing. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
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
