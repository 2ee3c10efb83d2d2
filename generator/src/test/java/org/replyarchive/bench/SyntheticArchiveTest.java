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
    private static final int STRESS_REPLIES = 12;

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
                    () -> assertTrue(length >= ArchiveProfile.REALISTIC.minBody() && length <= ArchiveProfile.REALISTIC.maxBody(),
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
    void theStressProfileIsLongerFullyTranslatedAndBuilds() throws IOException {
        Path stress = dir.resolve("stress");
        SyntheticArchive.Summary s = SyntheticArchive.write(stress, STRESS_REPLIES, SyntheticArchive.DEFAULT_SEED,
                ArchiveProfile.STRESS);
        ArchiveProfile p = ArchiveProfile.STRESS;
        assertAll(
                () -> assertTrue(s.minBody() >= p.minBody() && s.maxBody() <= p.maxBody(),
                        s.minBody() + "–" + s.maxBody()),
                () -> assertEquals(p.meanBody(), s.zhChars() / (double) s.fullTexts(), 3_000, "mean body"),
                () -> assertEquals(ArchiveProfile.STRESS_ENGLISH_WORDS_PER_CHAR, s.englishWordsPerChar(), 0.04,
                        "English words per Chinese character"),
                () -> assertEquals(p.proposers(), registryEntries(stress, "proposers")),
                () -> assertEquals(p.departments(), registryEntries(stress, "departments")),
                () -> assertEquals(p.topics(), registryEntries(stress, "topics")),
                () -> assertEquals(p.sessions(), registryEntries(stress, "sessions")),
                () -> assertEquals(12, sessionYears(stress), "years of the sessions"));
        BuiltSite built = BuiltSite.build(stress, dir.resolve("stress-site"), "https://example.org/archive/");
        assertEquals(List.of(), built.result().warnings());
    }

    @Test
    void sameSeedSameBytes() throws IOException {
        Path again = dir.resolve("again");
        SyntheticArchive.write(again, REPLIES);
        assertEquals(contents(dir.resolve("content")), contents(again));
    }

    /** Top-level keys of a registry file. */
    private static long registryEntries(Path content, String registry) throws IOException {
        return Files.readAllLines(content.resolve("registry").resolve(registry + ".yaml")).stream()
                .filter(l -> l.matches("[a-z0-9-]+:.*")).count();
    }

    private static long sessionYears(Path content) throws IOException {
        return Files.readAllLines(content.resolve("registry/sessions.yaml")).stream()
                .filter(l -> l.startsWith("  year: ")).distinct().count();
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
