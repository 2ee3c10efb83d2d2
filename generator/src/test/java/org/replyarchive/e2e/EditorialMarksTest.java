package org.replyarchive.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.problem.Problem;
import org.replyarchive.testing.BuiltSite;
import org.replyarchive.testing.SiteFixture;

/** What readers see of editors' work: marked typos, the published source with its SHA-256, lagging translations. */
class EditorialMarksTest {

    private static final String SOURCE = "民进省委会：\n正文第一段。\n";

    @TempDir
    Path dir;

    private BuiltSite build(String zh, String en) {
        Path content = SiteFixture.write(dir, "-- replies/2023/2023D51.zh.md --\n" + zh
                + "-- replies/2023/2023D51.en.md --\n" + en + "-- sources/2023D51.txt --\n" + SOURCE);
        return BuiltSite.build(content, dir, "/");
    }

    private static String withSource(String zh, String disclosure) {
        return zh.replace("summary: 答复摘要。", "summary: 答复摘要。\nsource: sources/2023D51.txt")
                .replace("disclosure: full", "disclosure: " + disclosure);
    }

    @Test
    void aMarkedTypoShowsThePrintedTextAndTheLikelyReadingInThePagesLanguage() {
        BuiltSite site = build(SiteFixture.REPLY_ZH.replace("正文第一段。", "正文{sic:弟|第}一段。"), SiteFixture.REPLY_EN);
        assertEquals("<p>正文<span class=\"sic\">弟</span><span class=\"sic-note\">〔原文如此，疑为“第”〕</span>一段。</p>",
                site.page("zh/replies/2023/2023D51/").selectFirst(".reply-body p:has(.sic)").outerHtml());
    }

    @Test
    void theSourceIsPublishedBesideTheOfficialPageWithItsSha256() throws Exception {
        BuiltSite site = build(withSource(SiteFixture.REPLY_ZH, "full"), SiteFixture.REPLY_EN);
        assertArrayEquals(SOURCE.getBytes(StandardCharsets.UTF_8), site.bytes("zh/replies/2023/2023D51/source.txt"));
        String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(SOURCE.getBytes(StandardCharsets.UTF_8)));
        for (String page : List.of("zh/replies/2023/2023D51/", "en/replies/2023/2023D51/")) {
            var source = site.page(page).selectFirst(".source-text");
            assertEquals(sha256, source.selectFirst("code.sha256").text(), page);
        }
        for (String page : List.of("zh/replies/2023/2023D51/", "en/replies/2023/2023D51/")) {
            assertEquals("../../../../zh/replies/2023/2023D51/source.txt",
                    site.page(page).selectFirst(".source-text a").attr("href"), page);
        }
    }

    @Test
    void aWithheldTextsSourceIsNeverPublished() {
        BuiltSite site = build(withSource(SiteFixture.REPLY_ZH, "summary"), SiteFixture.REPLY_EN);
        assertFalse(site.exists("zh/replies/2023/2023D51/source.txt"));
        assertTrue(site.page("zh/replies/2023/2023D51/").select(".source-text").isEmpty());
    }

    @Test
    void aTranslationWhoseOfficialTextChangedSaysSoAndTheBuildWarns() {
        String stamped = SiteFixture.REPLY_EN.replace("summary: A summary of the reply.\n", "summary: A summary of"
                + " the reply.\ntranslated_from:\n  text: 7024b301976f3d0258fdb39ef35715f9\n"
                + "  blocks: [555283e8, 5c73dc23, 3cca93b4, 17e5b2ba]\n");
        BuiltSite site = build(SiteFixture.REPLY_ZH, stamped);
        assertEquals(1, site.page("en/replies/2023/2023D51/").select(".notice--outdated").size());
        assertTrue(site.page("zh/replies/2023/2023D51/").select(".notice--outdated").isEmpty());
        assertEquals(List.of("replies/2023/2023D51.en.md:16:1"),
                site.result().warnings().stream().map(Problem::position).map(Object::toString).toList());
    }

    @Test
    void aCorrectionIsListedOnThePagesAnnouncedInTheFeedAndIncludedInOpenData() {
        String corrected = SiteFixture.REPLY_ZH.replace("summary: 答复摘要。", "summary: 答复摘要。\ncorrections:\n"
                + "  - {date: 2024-03-01, change: 标注一处排印错误, reason: 方便阅读}");
        BuiltSite site = build(corrected, SiteFixture.REPLY_EN);
        assertEquals("2024年3月1日: 标注一处排印错误 原因： 方便阅读",
                site.page("zh/replies/2023/2023D51/").selectFirst(".corrections li").text());
        assertEquals("zh-Hans", site.page("en/replies/2023/2023D51/").selectFirst(".corrections li span").attr("lang"));
        String feed = site.text("en/feed.xml");
        assertTrue(feed.contains("<updated>2024-03-01T00:00:00Z</updated>\n    <published>2023-05-17T00:00:00Z"
                + "</published>"), feed);
        assertTrue(feed.contains("<content>2024-03-01: 标注一处排印错误 (方便阅读)</content>"), feed);
        assertTrue(site.text("data/replies.json").contains("\"corrections\" : [ {\n    \"date\" : \"2024-03-01\","),
                site.text("data/replies.json"));
    }
}
