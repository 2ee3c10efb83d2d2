package org.replyarchive.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.testing.BuiltSite;
import org.replyarchive.testing.FixtureArchive;
import org.replyarchive.testing.SiteFixture;

/**
 * What the built pages offer readers (适老化, wayfinding, a government site's conventions), read from the HTML;
 * how they look and behave in a browser is checked by the browser tests.
 */
class ReadingPagesTest {

    @TempDir
    static Path dir;

    static BuiltSite fixture;
    static BuiltSite real;

    @BeforeAll
    static void build() {
        fixture = BuiltSite.buildFixture(dir.resolve("fixture"));
        real = BuiltSite.build(Path.of("../content"), dir.resolve("real"), "https://example.org/");
    }

    @Test
    void everyPageOfALanguageHasTheReadingSettingsTheStatementTheIconAndBackToTop() {
        for (String path : real.htmlFiles()) {
            if (path.equals("index.html")) {
                continue; // the entry page is a choice of language, nothing to read there
            }
            Document page = real.page(path);
            assertNotNull(page.getElementById("reading-settings"), path);
            assertEquals(4, page.select("input[name=rs-size]").size(), path + ": 100, 125, 150 and 200 %");
            assertNotNull(page.selectFirst("input#rs-contrast-high"), path);
            assertNotNull(page.selectFirst("input#rs-spacing-wide"), path);
            assertNotNull(page.selectFirst("[role=status].reading-settings__status"), path);
            assertNotNull(page.selectFirst("link[rel=icon][href$=assets/favicon.svg]"), path);
            assertNotNull(page.selectFirst("head script[src$=assets/js/reading.js]:not([defer])"), path);
            assertNotNull(page.selectFirst("link[media=print][href$=assets/css/print.css]"), path);
            assertTrue(page.select("a[href$=accessibility/]").size() >= 1, path + " links the statement");
        }
        assertTrue(real.exists("zh/accessibility/index.html") && real.exists("en/accessibility/index.html"));
        assertFalse(real.page("zh/").select(".main-nav a").eachText().contains("无障碍声明"),
                "the statement is linked from the reading settings and footer, not the navigation");
        assertTrue(real.exists("assets/favicon.svg"));
    }

    @Test
    void readAloudIsOfferedOnReplyPagesOnlyAndHiddenUntilTheBrowserCanSpeak() {
        Document reply = fixture.page("zh/replies/2023/2023W1/");
        assertTrue(reply.selectFirst("#read-aloud").parent().hasAttr("hidden"));
        assertNull(fixture.page("zh/glossary/").selectFirst("#read-aloud"));
    }

    @Test
    void aReplyPageShowsADocumentNumberAndDateSummaryWithTheFullRecordOneTapAway() {
        Document reply = fixture.page("zh/replies/2023/2023W1/");
        assertNotNull(reply.selectFirst("details.reply-meta > summary .reply-meta__brief time"));
        assertTrue(reply.select("details.reply-meta dl dt").size() >= 8, "the full record is in the details");
        assertNotNull(reply.selectFirst(".print-masthead .print-masthead__number"));
        assertTrue(reply.selectFirst(".print-source").text().contains("https://example.org/archive/zh/replies/2023/2023W1/"));
    }

    @Test
    void eachPointOfAReplyHasAPermanentLinkToItself() {
        Document reply = real.page("zh/replies/2023/2023D51/");
        var points = reply.select(".reply-body h2[id]:not(.visually-hidden)");
        assertTrue(points.size() >= 3);
        for (var point : points) {
            var anchor = point.selectFirst("a.heading-anchor");
            assertEquals("#" + point.id(), anchor.attr("href"));
            assertEquals(point.id(), anchor.attr("aria-labelledby"), "named by its heading");
            assertEquals("", anchor.text(), "no text that snippets or read-aloud would pick up");
        }
    }

    @Test
    void theSearchPageHasOneSearchBoxAndTheHeaderSearchIsElsewhere() {
        Document search = fixture.page("zh/search/");
        assertEquals(1, search.select("input[type=search]").size());
        assertEquals(1, fixture.page("zh/glossary/").select("input[type=search]").size());
        assertNotNull(fixture.page("zh/search/").selectFirst("#search[data-text-title*={q}]"));
    }

    @Test
    void proposersGlossaryAndSearchHaveBreadcrumbsAndTheNavigationNamesProposersAndDepartments() {
        for (String path : List.of("zh/proposers/", "en/proposers/", "zh/glossary/", "en/search/", "zh/about/")) {
            Document page = fixture.page(path);
            List<String> crumbs = page.select(".breadcrumbs li").eachText();
            assertEquals(2, crumbs.size(), path + ": " + crumbs);
            assertEquals(page.selectFirst("h1").text(), crumbs.get(1), path);
            assertNotNull(page.selectFirst(".breadcrumbs [aria-current=page]"), path);
        }
        assertNull(fixture.page("zh/").selectFirst(".breadcrumbs"), "the home page is where the path starts");
        List<String> nav = fixture.page("en/").select(".main-nav a").eachText();
        assertTrue(nav.contains("Proposers") && nav.contains("Departments"), nav.toString());
    }

    @Test
    void theGlossaryHasAnIndexOfEveryTerm() {
        Document glossary = real.page("en/glossary/");
        int terms = glossary.select(".glossary dt").size();
        assertTrue(terms > 10);
        assertEquals(terms, glossary.select(".glossary-index a[href^=#]").size());
    }

    @Test
    void theEntryPageOffersTheChoiceWithoutSendingAnyoneAwayAndThe404PageHasTheHeader() {
        Document entry = fixture.page("");
        assertNull(entry.selectFirst("meta[http-equiv=refresh]"));
        assertEquals(List.of("zh-Hans", "en"), entry.select(".entry__language a").eachAttr("hreflang"));
        Document notFound = fixture.page("404.html");
        assertEquals("/archive/zh/search/", notFound.selectFirst("form.site-search").attr("action"));
        assertNotNull(notFound.selectFirst(".skip-link[href=#main]"));
    }

    @Test
    void anUntranslatedReplyHasAnEnglishTitleMadeFromTheRegistries() {
        Document page = fixture.page("en/replies/2023/" + FixtureArchive.UNTRANSLATED + "/");
        String h1 = page.selectFirst("h1").text();
        assertTrue(h1.startsWith("Reply — ") && h1.contains("No. " + FixtureArchive.UNTRANSLATED.substring(0, 0)), h1);
        assertFalse(Pattern.compile("\\p{IsHan}").matcher(h1).find(), h1);
        assertFalse(page.selectFirst("h1").hasAttr("lang"), "English, like the page");
        assertTrue(page.title().startsWith(h1), page.title());
    }

    @Test
    void chineseInterfaceTextHasChinesePunctuation() {
        Document home = fixture.page("zh/");
        String footer = home.selectFirst(".site-footer").text();
        assertTrue(footer.contains("开放数据："), footer);
        assertFalse(Pattern.compile("\\p{IsHan}[:(),]|[:(),]\\p{IsHan}").matcher(footer).find(), footer);
    }

    @Test
    void governmentSiteDetailsAppearOnlyWhenSiteYamlGivesThem() {
        assertNull(fixture.page("zh/").selectFirst(".site-footer__government"), "nothing is made up");
        assertNull(fixture.page("zh/").selectFirst(".site-title__emblem"));
        String siteYaml = SiteFixture.BASE.get("site.yaml") + """
                organizer: {zh: 吉林省科学技术厅办公室, en: General Office of the Department}
                contact: {zh: 长春市人民大街1号 0431-00000000, en: '1 Renmin Street, Changchun'}
                site_code: '2200000001'
                icp: 吉ICP备00000000号
                emblem: emblem.svg
                report_error: https://example.gov.cn/jiucuo/
                """;
        Path content = SiteFixture.write(dir.resolve("government"), "-- site.yaml --\n" + siteYaml
                + "-- replies/2023/x.zh.md --\n" + SiteFixture.REPLY_ZH);
        SiteFixture.writeFile(content.resolve("../theme/static/emblem.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes());
        BuiltSite site = new BuiltSite(dir.resolve("government/site"), org.replyarchive.SiteGenerator.build(
                org.replyarchive.config.BuildConfig.builder(content, dir.resolve("government/site"))
                        .themeDirectory(dir.resolve("government/theme")).build(),
                org.replyarchive.build.BuildListener.SILENT));
        Document zh = site.page("zh/");
        assertEquals(List.of("主办单位", "联系方式", "网站标识码", "ICP备案"),
                zh.select(".site-footer__government dt").eachText());
        assertEquals("吉ICP备00000000号", zh.selectFirst(".site-footer__government a").text());
        assertEquals("https://example.gov.cn/jiucuo/", zh.select(".site-footer__links a").last().attr("href"));
        assertEquals("我要纠错", zh.select(".site-footer__links a").last().text());
        assertEquals("../assets/emblem.svg", zh.selectFirst(".site-title__emblem").attr("src"));
        assertEquals("General Office of the Department",
                site.page("en/").select(".site-footer__government dd").first().text());
    }
}
