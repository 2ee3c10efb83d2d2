package org.replyarchive.bench;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.testing.BuiltSite;

/** Keeps the benchmark's generator valid: a small synthetic archive must build, with bodies sized like the seeds. */
class SyntheticArchiveTest {

    private static final int REPLIES = 30;

    @TempDir
    static Path dir;

    static SyntheticArchive.Summary summary;
    static BuiltSite site;

    @BeforeAll
    static void generateAndBuild() {
        summary = SyntheticArchive.write(dir.resolve("content"), REPLIES);
        site = BuiltSite.build(dir.resolve("content"), dir, "https://example.org/archive/");
    }

    @Test
    void writesTheRequestedShares() throws IOException {
        assertAll(
                () -> assertEquals(REPLIES, summary.replies()),
                () -> assertEquals(1, summary.summaryOnly(), "ceil(1.5%) disclosed as summary"),
                () -> assertEquals(1, summary.titleOnly(), "ceil(1.5%) disclosed as title-only"),
                () -> assertEquals(REPLIES - 2, summary.translations(), "ceil(5%) left untranslated"),
                () -> assertEquals(REPLIES, replyFiles(".zh.md").size()),
                () -> assertEquals(summary.translations(), replyFiles(".en.md").size()));
    }

    @Test
    void theEngineBuildsItWithoutProblems() throws IOException {
        assertAll(
                () -> assertEquals(REPLIES, site.result().replies()),
                () -> assertEquals(List.of(), site.result().warnings()),
                () -> assertEquals(site.htmlFiles().size(), site.result().pages()));
        for (Path zh : replyFiles(".zh.md")) {
            String year = zh.getParent().getFileName().toString();
            String slug = zh.getFileName().toString().replace(".zh.md", "");
            for (String lang : List.of("zh", "en")) {
                String page = lang + "/replies/" + year + "/" + slug + "/index.html";
                assertTrue(site.exists(page), page);
            }
        }
    }

    @Test
    void chineseBodiesAreSizedAndShapedLikeTheSeeds() throws IOException {
        int full = 0;
        for (Path zh : replyFiles(".zh.md")) {
            String text = Files.readString(zh);
            String body = body(text);
            if (!text.contains("\ndisclosure: full\n")) {
                assertEquals("", body.strip(), zh + " withholds its text, so holds none");
                continue;
            }
            full++;
            int length = body.codePointCount(0, body.length());
            String name = zh.getFileName().toString();
            assertAll(name,
                    () -> assertTrue(length >= SyntheticArchive.MIN_BODY && length <= SyntheticArchive.MAX_BODY,
                            "body of " + length + " characters"),
                    () -> assertTrue(body.lines().findFirst().orElseThrow().endsWith("："), "salutation"),
                    () -> assertTrue(body.contains("\n## 一、关于“"), "first section"),
                    () -> assertTrue(body.contains("\n> 《建议》提出，"), "quoted proposal"),
                    () -> assertTrue(body.strip().endsWith("贡献。"), "closing thanks"),
                    () -> assertTrue(text.matches("(?s).*\ndoc_number: [^\n]*〔\\d{4}〕\\d+号\n.*"), "doc_number"),
                    () -> assertTrue(!body.contains("\n\n\n") && !body.contains(" \n"), "reflowed text"));
            Path en = zh.resolveSibling(name.replace(".zh.md", ".en.md"));
            if (Files.exists(en)) {
                String enBody = body(Files.readString(en));
                assertAll(en.getFileName().toString(),
                        () -> assertEquals(headings(body), headings(enBody), "same structure"),
                        () -> assertTrue(enBody.length() > body.length() * 1.3, "about 1.5x the characters"));
            }
        }
        assertEquals(REPLIES - 2, full);
    }

    @Test
    void sameSeedSameBytes() throws IOException {
        Path again = dir.resolve("again");
        SyntheticArchive.write(again, REPLIES);
        assertEquals(contents(dir.resolve("content")), contents(again));
    }

    private static String body(String file) {
        int close = file.indexOf("\n---\n", 4);
        return file.substring(close + 5).stripLeading();
    }

    /** The numbers of sections, quotes and department headings of a body. */
    private static List<Long> headings(String body) {
        List<Long> counts = new ArrayList<>();
        for (String prefix : List.of("## ", "> ", "### ", "| ")) {
            counts.add(body.lines().filter(l -> l.startsWith(prefix)).count());
        }
        return counts;
    }

    private static List<Path> replyFiles(String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(dir.resolve("content/replies"))) {
            return walk.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }
}
