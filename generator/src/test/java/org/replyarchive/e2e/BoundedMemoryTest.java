package org.replyarchive.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.testing.BuildMain;
import org.replyarchive.testing.SiteFixture;

/**
 * The regression guards for a build whose memory does not grow with the volume of text: an archive holding far
 * more text than the heap builds in a forked JVM whose heap is capped below it. A build that held every body,
 * every page or every posting list at once would run out of memory here. And one for what it holds of every
 * reply: many short replies in two languages build in a heap that leaves each reply a few kilobytes above what
 * any build needs, so that a page plan, search record or file list grown fat per reply fails here.
 */
class BoundedMemoryTest {

    private static final int REPLIES = 400;
    private static final int CHARACTERS_PER_BODY = 50_000;
    private static final String HEAP = "-Xmx64m";
    private static final int SHORT_REPLIES = 6_000;
    /**
     * The build of the short replies passed at 72 MiB and ran out at 64 (writing the sitemap) when this was set;
     * 80 leaves room for another machine's collector, and about 1.5 KB a reply more than the build holds now.
     */
    private static final String SHORT_REPLIES_HEAP = "-Xmx80m";

    @TempDir
    Path dir;

    @Test
    void anArchiveOfSixtyMegabytesOfTextBuildsInSixtyFourMegabytesOfHeap() throws Exception {
        Path content = SiteFixture.write(dir, "");
        long bodyBytes = writeReplies(content.resolve("replies/2023"));
        assertTrue(bodyBytes > 55L * 1024 * 1024, "the bodies hold " + bodyBytes + " bytes, far above the heap");

        String log = buildSucceeds(HEAP, content);
        assertTrue(Files.isRegularFile(dir.resolve("site/zh/replies/2023/m" + (REPLIES - 1) + "/index.html")), log);
        assertTrue(Files.isRegularFile(dir.resolve("site/zh/search/index/manifest.json")), log);
    }

    @Test
    void sixThousandShortRepliesInTwoLanguagesBuildInAHeapOfFewKilobytesAReply() throws Exception {
        Path content = SiteFixture.write(dir, "");
        writeShortReplies(content.resolve("replies/2023"));

        String log = buildSucceeds(SHORT_REPLIES_HEAP, content);
        String last = "replies/2023/s" + (SHORT_REPLIES - 1) + "/index.html";
        assertTrue(Files.isRegularFile(dir.resolve("site/zh/" + last)), log);
        assertTrue(Files.isRegularFile(dir.resolve("site/en/" + last)), log);
        assertTrue(Files.isRegularFile(dir.resolve("site/en/search/index/manifest.json")), log);
    }

    /** Short replies, each with a translation, one paragraph apiece: what the build holds of them is metadata. */
    private static void writeShortReplies(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (int n = 0; n < SHORT_REPLIES; n++) {
            Files.writeString(folder.resolve("s" + n + ".zh.md"), frontMatter(n)
                    + "第" + n + "号答复：关于第" + n + "项工作，我厅已会同有关部门研究落实。\n", StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("s" + n + ".en.md"), """
                    ---
                    title: Reply to Member Proposal No. M%1$d
                    proposal:
                      title: Proposal on Task %1$d
                    ---
                    Reply No. %1$d: the department has studied task %1$d with the other departments concerned.
                    """.formatted(n), StandardCharsets.UTF_8);
        }
    }

    /** Builds {@code content} into {@code site/} in a JVM with {@code heap}; returns its log once it succeeded. */
    private String buildSucceeds(String heap, Path content) throws Exception {
        Process build = new ProcessBuilder(javaCommand(heap, content, dir.resolve("site")))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("build.log").toFile())
                .start();
        assertTrue(build.waitFor(5, TimeUnit.MINUTES), "the build ends");
        String log = Files.readString(dir.resolve("build.log"));
        assertEquals(0, build.exitValue(), log);
        return log;
    }

    private static List<String> javaCommand(String heap, Path content, Path output) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(heap);
        command.add("-XX:+UseSerialGC");
        command.add("-Dorg.freemarker.loggerLibrary=none");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(BuildMain.class.getName());
        command.add(content.toString());
        command.add(output.toString());
        command.add("https://example.org/");
        return command;
    }

    /**
     * Writes the replies, each a long text of paragraphs drawn from a vocabulary of a few thousand words, so
     * that the index sees many terms; written one at a time, so the test itself holds little.
     */
    private static long writeReplies(Path folder) throws IOException {
        Files.createDirectories(folder);
        Random random = new Random(7);
        String[] words = vocabulary(random);
        long bytes = 0;
        for (int n = 0; n < REPLIES; n++) {
            Path file = folder.resolve("m" + n + ".zh.md");
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(frontMatter(n));
                for (int chars = 0; chars < CHARACTERS_PER_BODY; ) {
                    StringBuilder paragraph = new StringBuilder(n % 7 == 0 && chars == 0 ? "## 一、关于" : "");
                    while (paragraph.length() < 300) {
                        paragraph.append(words[random.nextInt(words.length)]).append(random.nextInt(9) == 0 ? "，" : "");
                    }
                    out.write(paragraph.append("。\n\n").toString());
                    chars += paragraph.length();
                }
            }
            bytes += Files.size(file);
        }
        return bytes;
    }

    private static String[] vocabulary(Random random) {
        String[] words = new String[4000];
        for (int i = 0; i < words.length; i++) {
            StringBuilder word = new StringBuilder();
            for (int length = 2 + random.nextInt(3); word.length() < length; ) {
                word.append((char) (0x4E00 + random.nextInt(3000)));
            }
            words[i] = word.toString();
        }
        return words;
    }

    private static String frontMatter(int n) {
        return """
                ---
                title: 关于对省政协十三届一次会议第M%1$d号委员提案的答复
                doc_number: 吉科发人才〔2023〕%1$d号
                date: 2023-%2$02d-%3$02d
                session: cppcc-13-1
                proposal:
                  number: M%1$d
                  kind: member
                  title: 关于第%1$d项工作的建议
                  proposers: [li-xiuyu]
                handling:
                  lead: jl-kjt
                disclosure: full
                ---
                李秀玉委员：

                """.formatted(n, 1 + n % 12, 1 + n % 28);
    }
}
