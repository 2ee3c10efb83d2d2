package org.replyarchive.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.build.BuildListener;
import org.replyarchive.config.BuildConfig;
import org.replyarchive.problem.Problem;
import org.replyarchive.testing.FixtureArchive;
import org.replyarchive.testing.SiteFixture;

class SiteCheckerTest {

    /** A free page with a broken link, a reply unfaithful to its source, and a reply with an impossible date. */
    static final String THREE_PROBLEMS = """
            -- pages/about.zh.md --
            ---
            title: 关于本档案
            description: 说明。
            ---
            另见[缺失的页面](../missing/)。
            -- pages/about.en.md --
            ---
            title: About
            description: About the archive.
            ---
            See [the data](../../data/replies.json).
            -- replies/2023/x.zh.md --
            %s-- sources/x.txt --
            民进省委会：
              一、关于“人才”的建议
              《建议》提出，加强人才培养。
              正文第一段。
              吉林省科学技术厅
              2023 年 5月 17 日
            -- replies/2023/y.zh.md --
            %s""".formatted(
                    SiteFixture.REPLY_ZH.replace("summary: 答复摘要。", "summary: 答复摘要。\nsource: sources/x.txt")
                            .replace("正文第一段。", "正文第二段。"),
                    SiteFixture.REPLY_ZH.replace("2023D51", "2023D52").replace("2023-05-17", "2023-02-30"));

    @TempDir
    Path dir;

    private CheckResult check(Path content, String baseUrl) {
        return new SiteChecker(BuildConfig.builder(content, dir.resolve("public")).baseUrl(baseUrl).build(),
                BuildListener.SILENT).check();
    }

    @Test
    void reportsABrokenLinkABrokenFidelityAndABadDateAtOnceWithTheirPositions() {
        CheckResult result = check(SiteFixture.write(dir, THREE_PROBLEMS), "/");
        assertEquals(List.of(
                "pages/about.zh.md:5:11: broken link '../missing/' in zh/about/index.html: there is no"
                        + " zh/missing/index.html in the built site — link a page or file of the built site; a"
                        + " relative link starts from the folder of zh/about/index.html",
                "replies/2023/x.zh.md:25:4: the text departs from its source sources/x.txt: here «二段。», in the"
                        + " source «一段。吉林省科学技术厅2…» — restore the source's wording; repair only line breaks and"
                        + " spaces that the extraction broke",
                "replies/2023/y.zh.md:4:7: 'date' is not a real date: '2023-02-30' — write an existing date as"
                        + " YYYY-MM-DD, e.g. 2023-05-17"),
                result.errors().stream().map(Problem::toString).toList());
        assertTrue(result.hasErrors());
        assertTrue(result.summary().startsWith("Check failed: 3 problems"), result.summary());
        assertEquals(List.of("Links and fidelity were checked without the 1 files that have errors:"
                + " replies/2023/y.zh.md"), result.notes());
    }

    @Test
    void neverWritesTheConfiguredOutputFolder() {
        check(SiteFixture.write(dir, THREE_PROBLEMS), "/");
        assertFalse(Files.exists(dir.resolve("public")));
    }

    @Test
    void aSoundArchivePassesUnderASubPathToo() {
        CheckResult result = check(FixtureArchive.write(dir), "https://example.org/archive/");
        assertEquals(List.of(), result.errors());
        assertTrue(result.files() > 100 && result.references() > 1000, result.summary());
        assertTrue(result.summary().startsWith("Check passed: no problems in "), result.summary());
    }

    @Test
    void theArchivesOwnContentPasses() {
        CheckResult result = check(Path.of("..", "content"), "/");
        assertEquals(List.of(), result.problems());
        assertEquals(5, result.sources());
    }

    @Test
    void whenTheRegistriesAreBrokenOnlyValidationIsReported() {
        Path content = SiteFixture.write(dir, THREE_PROBLEMS + "-- registry/topics.yaml --\ntalent: [oops]\n");
        CheckResult result = check(content, "/");
        assertTrue(result.errors().stream().allMatch(p -> p.position().path().startsWith("registry/")
                || p.position().path().equals("replies/2023/y.zh.md")
                || p.position().path().equals("replies/2023/x.zh.md")), result.errors().toString());
        assertEquals(0, result.files());
        assertTrue(result.notes().get(0).startsWith("Links and fidelity were not checked"), result.notes().toString());
    }
}
