package org.replyarchive.bench;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the benchmark's Hugo site right on a tiny archive: the files Hugo needs, front matter with the six
 * taxonomies, and — where Hugo is installed — a build with a reply page in each language and a paginated
 * term page.
 */
class HugoSiteTest {

    /** Enough for the science and technology department, lead of 70% of them, to fill more than 20 per page. */
    private static final int REPLIES = 40;

    @TempDir
    static Path dir;

    static Path content;
    static Path hugoSite;

    @BeforeAll
    static void writeBoth() throws IOException {
        content = dir.resolve("content");
        hugoSite = dir.resolve("hugo");
        SyntheticArchive.write(content, REPLIES);
        HugoSite.write(content, hugoSite, "https://example.org/archive/", false);
    }

    @Test
    void configIsMultilingualWithTheSixTaxonomiesPaginatedBy20() throws IOException {
        String config = Files.readString(hugoSite.resolve("config.toml"));
        assertAll(
                () -> assertTrue(config.contains("defaultContentLanguage = \"zh\""), config),
                () -> assertTrue(config.contains("paginate = 20"), config),
                () -> assertTrue(config.contains("[languages.zh]") && config.contains("[languages.en]"), config));
        for (String taxonomy : HugoReply.TAXONOMIES) {
            assertTrue(config.contains(" = \"" + taxonomy + "\"\n"), taxonomy);
        }
        for (String file : List.of("layouts/_default/baseof.html", "layouts/replies/single.html",
                "layouts/_default/term.html", "layouts/_default/taxonomy.html", "layouts/index.html",
                "data/departments.yaml", "data/proposers.yaml", "data/sessions.yaml", "data/topics.yaml",
                "data/kinds.yaml", "i18n/zh.yaml", "i18n/en.yaml", "content/about.zh.md")) {
            assertTrue(Files.isRegularFile(hugoSite.resolve(file)), file);
        }
    }

    @Test
    void everyReplyHasAPageInEachLanguageWithItsTaxonomies() throws IOException {
        List<Path> officials = replies(content, ".zh.md");
        assertEquals(REPLIES, officials.size());
        for (Path zh : officials) {
            Path relative = content.resolve("replies").relativize(zh);
            Path hugoZh = hugoSite.resolve("content/replies").resolve(relative.toString());
            Path hugoEn = hugoZh.resolveSibling(zh.getFileName().toString().replace(".zh.md", ".en.md"));
            String frontMatter = Files.readString(hugoZh).split("\n---\n", 2)[0];
            assertAll(relative.toString(),
                    () -> assertTrue(Files.exists(hugoEn), "English page"),
                    () -> assertTrue(frontMatter.contains("\nyears: [\"" + relative.getName(0) + "\"]"), frontMatter),
                    () -> assertTrue(frontMatter.matches("(?s).*\nsessions: \\[\"[a-z]+-\\d+-\\d\"\\].*"), frontMatter),
                    () -> assertTrue(frontMatter.matches("(?s).*\nkinds: \\[\"[a-z-]+\"\\].*"), frontMatter),
                    () -> assertTrue(frontMatter.matches("(?s).*\nproposers: \\[\"[a-z-]+\".*"), frontMatter),
                    () -> assertTrue(frontMatter.matches("(?s).*\ndepartments: \\[\"jl-[a-z]+\".*"), frontMatter),
                    () -> assertTrue(frontMatter.matches("(?s).*\ntopics: \\[\"[a-z-]+\".*"), frontMatter));
        }
    }

    @Test
    void keepsTheBodyAndMarksAMissingTranslation() throws IOException {
        Path untranslatedZh = replies(content, ".zh.md").stream()
                .filter(zh -> !Files.exists(zh.resolveSibling(zh.getFileName().toString().replace(".zh.md", ".en.md"))))
                .findFirst().orElseThrow();
        Path relative = content.resolve("replies").relativize(untranslatedZh);
        String hugoEn = Files.readString(hugoSite.resolve("content/replies")
                .resolve(relative.toString().replace(".zh.md", ".en.md")));
        String original = Files.readString(untranslatedZh);
        String hugoZh = Files.readString(hugoSite.resolve("content/replies").resolve(relative.toString()));
        assertAll(
                () -> assertTrue(hugoEn.contains("\nuntranslated: true\n"), hugoEn),
                () -> assertEquals(original.split("\n---\n", 2)[1], hugoZh.split("\n---\n", 2)[1], "body unchanged"));
    }

    @Test
    void hugoBuildsItWithAReplyPageInEachLanguageAndAPaginatedTermPage() throws IOException {
        Optional<HugoRunner> hugo = HugoRunner.find("auto");
        assumeTrue(hugo.isPresent(), "hugo is not on the PATH");
        Path hugoSiteForThisVersion = dir.resolve("hugo-" + hugo.get().wantsPagerSizeTable());
        HugoSite.write(content, hugoSiteForThisVersion, "https://example.org/archive/",
                hugo.get().wantsPagerSizeTable());
        Path out = dir.resolve("public");
        HugoRunner.Run run = hugo.get().build(hugoSiteForThisVersion, out, dir.resolve("logs"), "hugo");
        assertEquals(0, run.process().exitCode(), String.join("\n", run.process().stderrTail(20)));

        Path zh = replies(content, ".zh.md").get(0);
        String page = content.resolve("replies").relativize(zh).toString().replace(".zh.md", "/index.html");
        String heading = Files.readString(zh).lines().filter(l -> l.startsWith("## ")).findFirst().orElseThrow()
                .substring(3, 8);
        assertAll(
                () -> assertTrue(Files.readString(out.resolve("zh/replies").resolve(page)).contains(heading), page),
                () -> assertTrue(Files.exists(out.resolve("en/replies").resolve(page)), page),
                () -> assertTrue(Files.exists(out.resolve("zh/departments/jl-kjt/page/2/index.html")), "zh page 2"),
                () -> assertTrue(Files.exists(out.resolve("en/departments/jl-kjt/page/2/index.html")), "en page 2"),
                () -> assertTrue(Files.exists(out.resolve("zh/index.xml")), "RSS"),
                () -> assertTrue(Files.exists(out.resolve("sitemap.xml")), "sitemap"),
                () -> assertFalse(Files.exists(out.resolve("zh/search")), "no search"));
        String termPage = Files.readString(out.resolve("en/departments/jl-kjt/index.html"));
        assertTrue(termPage.contains("<h1>Department of Science and Technology of Jilin Province</h1>"),
                "term named from data/departments.yaml");
    }

    private static List<Path> replies(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root.resolve("replies"))) {
            return walk.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}
