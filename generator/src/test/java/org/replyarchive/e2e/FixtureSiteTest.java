package org.replyarchive.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.testing.BuiltSite;
import org.replyarchive.testing.FixtureArchive;

/** Builds the fixture archive once and checks the produced pages with a real HTML parser. */
class FixtureSiteTest {

    @TempDir
    static Path dir;

    static BuiltSite site;

    @BeforeAll
    static void build() {
        site = BuiltSite.buildFixture(dir);
    }

    @Test
    void buildReportsItsCounts() {
        assertEquals(FixtureArchive.SESSION_ONE_REPLIES + 2, site.result().replies());
        assertEquals(site.htmlFiles().size(), site.result().pages());
    }

    @Test
    void everyReplyHasAPageInEveryLanguage() {
        for (int n = 1; n <= FixtureArchive.SESSION_ONE_REPLIES; n++) {
            for (String lang : List.of("zh", "en")) {
                assertTrue(site.exists(lang + "/replies/2023/2023W" + n + "/index.html"), lang + " 2023W" + n);
            }
        }
    }

    @Test
    void sessionListIsPaginatedByTwentyNewestFirst() {
        Document first = site.page("zh/sessions/cppcc-13-1/");
        Document second = site.page("zh/sessions/cppcc-13-1/page/2/");
        List<String> firstDates = first.select(".reply-card time").eachAttr("datetime");
        List<String> secondDates = second.select(".reply-card time").eachAttr("datetime");
        assertEquals(20, firstDates.size());
        assertEquals(FixtureArchive.SESSION_ONE_REPLIES - 20, secondDates.size());
        List<String> all = new ArrayList<>(firstDates);
        all.addAll(secondDates);
        List<String> sorted = all.stream().sorted(java.util.Comparator.reverseOrder()).toList();
        assertEquals(sorted, all, "newest first across pages");
        assertEquals("http://site.test/zh/sessions/cppcc-13-1/page/2/",
                first.selectFirst(".pagination a[rel=next]").absUrl("href"));
        assertEquals("http://site.test/zh/sessions/cppcc-13-1/",
                second.selectFirst(".pagination a[rel=prev]").absUrl("href"));
    }

    @Test
    void everyIndexListsWhatItMust() {
        assertAll(
                () -> assertEquals(Set.of("2024", "2023"), linkTexts("en/years/", ".group-list a")),
                () -> assertEquals(2, site.page("en/years/2024/").select(".reply-card").size()),
                () -> assertEquals(Set.of("Li Xiuyu", "China Association for Promoting Democracy, Jilin Committee"),
                        linkTexts("en/proposers/", ".group-list a")),
                () -> assertEquals(20, site.page("zh/proposers/li-xiuyu/").select(".reply-card").size()),
                () -> assertEquals(20, site.page("zh/departments/jl-jyt/").select(".reply-card").size()),
                () -> assertEquals(2, site.page("zh/kinds/party-group/").select(".reply-card").size()),
                () -> assertEquals(2, site.page("en/topics/finance/").select(".reply-card").size()),
                () -> assertEquals(Set.of("委员提案", "党派团体提案"), linkTexts("zh/kinds/", ".group-list a")),
                () -> assertEquals(List.of("省政协十三届二次会议", "省政协十三届一次会议"),
                        site.page("zh/sessions/").select(".group-list a").eachText()));
    }

    private Set<String> linkTexts(String page, String selector) {
        return new TreeSet<>(site.page(page).select(selector).eachText());
    }

    @Test
    void everyInternalLinkAndAssetResolves() {
        List<String> broken = new ArrayList<>();
        for (String file : site.htmlFiles()) {
            if (file.equals("404.html")) {
                continue;
            }
            Document page = site.page(file.replaceFirst("index\\.html$", ""));
            for (Element el : page.select("a[href], link[href], script[src], img[src]")) {
                String attr = el.hasAttr("href") ? "href" : "src";
                String target = el.absUrl(attr);
                if (target.startsWith("http://site.test/")) {
                    String path = URI.create(target).getPath().substring(1);
                    String fileOf = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
                    if (!site.exists(fileOf)) {
                        broken.add(file + " -> " + el.attr(attr));
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void languageLinksPairUp() {
        for (String file : site.htmlFiles()) {
            if (!file.startsWith("zh/")) {
                continue;
            }
            String zhPath = file.replaceFirst("index\\.html$", "");
            String enPath = "en/" + zhPath.substring(3);
            Document zh = site.page(zhPath);
            Document en = site.page(enPath);
            assertEquals("https://example.org/archive/" + enPath,
                    zh.selectFirst("link[rel=alternate][hreflang=en]").attr("href"), file);
            assertEquals("https://example.org/archive/" + zhPath,
                    en.selectFirst("link[rel=alternate][hreflang=zh-Hans]").attr("href"), enPath);
            assertEquals("zh-Hans", zh.selectFirst("html").attr("lang"));
            assertEquals("en", en.selectFirst("html").attr("lang"));
        }
    }

    @Test
    void untranslatedReplyHasAnEnglishPageThatSaysSoAndLinksTheOriginal() {
        Document page = site.page("en/replies/2023/" + FixtureArchive.UNTRANSLATED + "/");
        Element notice = page.selectFirst(".notice--untranslated");
        assertTrue(notice.text().contains("has not been translated"), notice.text());
        assertEquals("../../../../zh/replies/2023/2023W9/", notice.selectFirst("a").attr("href"));
        assertEquals("", page.selectFirst("h1").attr("lang"), "the title is made in English from the registries");
        assertEquals("Li Xiuyu", page.selectFirst(".reply-meta a[href*=proposers]").text(),
                "metadata comes from the translated registries");
        assertTrue(page.select(".reply-body").isEmpty(), "no body is shown in place of a translation");
    }

    @Test
    void replyPageShowsMetadataBodyTocAndSignature() {
        Document page = site.page("zh/replies/2023/2023W5/");
        assertEquals(1, page.select("h1").size());
        List<String> terms = page.select(".reply-meta dt").eachText();
        assertEquals(List.of("发文字号", "答复日期", "会议", "提案编号", "提案类别", "提案标题", "提案人", "主办单位", "协办单位",
                "主题"), terms);
        assertEquals("吉科发人才〔2023〕5号", page.selectFirst(".reply-meta dd").text());
        assertEquals("2023年3月6日", page.selectFirst(".reply-meta time").text());
        assertEquals(List.of("一、关于“人才”的建议", "（一）省科技厅"), page.select(".toc a").eachText());
        assertEquals("#一-关于-人才-的建议", page.selectFirst(".toc a").attr("href"));
        assertEquals("一-关于-人才-的建议", page.selectFirst(".reply-body h2:not(.visually-hidden)").id());
        assertTrue(page.selectFirst(".signature").text().contains("2023年3月6日"));
        assertEquals("proposal-quote", page.selectFirst(".reply-body blockquote").className());
    }

    @Test
    void translatedPageSaysTheChineseIsOfficialAndDatesAreEnglish() {
        Document page = site.page("en/replies/2023/2023W5/");
        assertTrue(page.selectFirst(".notice--translation").text().contains("unofficial translation"));
        assertEquals("6 March 2023", page.selectFirst(".reply-meta time").text());
        assertEquals("Reply to Member Proposal No. 2023W5", page.selectFirst("h1").text());
    }

    @Test
    void previousAndNextStayWithinTheSession() {
        Document page = site.page("zh/replies/2023/2023W5/");
        assertEquals("http://site.test/zh/replies/2023/2023W4/", page.selectFirst(".neighbours a[rel=prev]").absUrl("href"));
        assertEquals("http://site.test/zh/replies/2023/2023W6/", page.selectFirst(".neighbours a[rel=next]").absUrl("href"));
        assertTrue(site.page("zh/replies/2024/2024D1/").selectFirst(".neighbours a[rel=prev]") == null);
    }

    @Test
    void rawHtmlInMarkdownIsEscapedAndTablesRender() {
        Document page = site.page("zh/replies/2023/2023W1/");
        assertTrue(page.select(".reply-body script").isEmpty());
        assertTrue(page.selectFirst(".reply-body").text().contains("<script>alert(\"x\")</script>"));
        assertEquals(List.of("年份", "项目数"), page.select(".reply-body table th").eachText());
        assertEquals(List.of("一-关于-人才-的建议", "一-关于-人才-的建议-2"),
                page.select(".reply-body h2[id]").eachAttr("id").stream().filter(id -> id.startsWith("一")).toList());
    }

    @Test
    void withheldTextReachesNoOutputAtAll() {
        byte[] withheld = FixtureArchive.WITHHELD.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // The index holds terms, lower-cased: the withheld text's own words must not be among them either.
        byte[] withheldTerm = "withheld".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<String> leaking = site.files().stream()
                .filter(f -> contains(site.bytes(f), withheld)
                        || f.contains("/search/index/") && f.endsWith(".bin") && contains(site.bytes(f), withheldTerm))
                .toList();
        assertEquals(List.of(), leaking);
        assertTrue(site.files().containsAll(List.of("data/replies.zh.jsonl", "data/replies.en.jsonl",
                "data/statistics.csv", "en/years/2024/feed.xml", "en/kinds/party-group/feed.xml", "zh/feeds.opml",
                "en/replies/2024/2024D1/cite.json")), "the scan covers full texts, list feeds, statistics, citations");
        Document summary = site.page("en/replies/2024/2024D1/");
        assertTrue(summary.selectFirst(".reply-body").text().contains("The published summary of reply 2024D1."));
        Document titleOnly = site.page("zh/replies/2024/2024D2/");
        assertTrue(titleOnly.select(".reply-body").isEmpty());
        assertTrue(titleOnly.selectFirst(".notice").text().contains("仅公开标题"));
    }

    @Test
    void openDataListsEveryReplyInBothLanguages() {
        String json = site.text("data/replies.json");
        String csv = site.text("data/replies.csv");
        assertTrue(json.contains("\"url_zh\"") || json.contains("\"zh\" : \"https://example.org/archive/zh/replies/2023/2023W1/\""));
        assertEquals(FixtureArchive.SESSION_ONE_REPLIES + 2 + 1, csv.strip().split("\r\n").length, "header + rows");
        assertTrue(csv.startsWith("\uFEFFid,year,slug,date,doc_number"));
        assertFalse(json.contains(FixtureArchive.WITHHELD));
    }

    @Test
    void entryPageOffersBothLanguagesAndSendsNoOneAwayByItself() {
        Document entry = site.page("");
        assertNull(entry.selectFirst("meta[http-equiv=refresh]"), "the reader chooses; reading.js remembers it");
        assertEquals(List.of("zh/", "en/"), entry.select("main a").eachAttr("href"));
        assertTrue(site.exists("404.html"));
        assertEquals("/archive/assets/css/site.css", site.page("404.html").selectFirst("link[rel=stylesheet][href$=/site.css]").attr("href"));
    }

    @Test
    void freePagesExistInBothLanguagesAndAreInTheNavigation() {
        assertEquals("About this archive", site.page("en/about/").selectFirst("h1").text());
        assertTrue(site.page("zh/").select(".main-nav a").eachText().contains("关于本档案"));
    }

    @Test
    void everyLinkOfASubPathBuildStaysInsideTheBaseUrl() {
        List<String> outside = new ArrayList<>();
        for (String file : site.htmlFiles()) {
            String pagePath = file.replaceFirst("index\\.html$", "");
            Document page = org.jsoup.Jsoup.parse(site.text(file), "https://example.org/archive/" + pagePath);
            for (Element el : page.select("a[href], link[href], script[src], form[action]")) {
                String attr = el.hasAttr("href") ? "href" : el.hasAttr("src") ? "src" : "action";
                String target = el.absUrl(attr);
                if (target.startsWith("https://example.org/") && !target.startsWith("https://example.org/archive/")) {
                    outside.add(file + " -> " + el.attr(attr));
                }
            }
        }
        assertEquals(List.of(), outside);
    }

    @Test
    void replyPagesDescribeThemselvesForSearchEnginesAndSharing() throws Exception {
        Document page = site.page("en/replies/2023/2023W5/");
        assertEquals("https://example.org/archive/en/replies/2023/2023W5/",
                page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("article", page.selectFirst("meta[property=og:type]").attr("content"));
        assertEquals("Reply to Member Proposal No. 2023W5", page.selectFirst("meta[property=og:title]").attr("content"));
        var jsonLd = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertEquals("Article", jsonLd.get("@type").asText());
        assertEquals("吉科发人才〔2023〕5号", jsonLd.get("identifier").asText());
        assertEquals("2023-03-06", jsonLd.get("datePublished").asText());
        assertEquals("en", jsonLd.get("inLanguage").asText());
        assertEquals("website", site.page("zh/").selectFirst("meta[property=og:type]").attr("content"));
    }

    @Test
    void searchPageWorksWithoutJavaScriptByOfferingTheBrowseIndexes() {
        Document search = site.page("en/search/");
        Element noscript = search.selectFirst("noscript");
        assertTrue(noscript.html().contains("Search needs JavaScript"), noscript.html());
        assertTrue(noscript.html().contains("href=\"../../en/years/\""), noscript.html());
        assertEquals("q", search.selectFirst("#search-q").attr("name"));
        assertEquals("search-q", search.selectFirst("label[for=search-q]").attr("for"));
        assertEquals("status", search.selectFirst("#search-status").attr("role"));
    }

    @Test
    void aTitleOnlyReplyIsIndexedByItsMetadataAlone() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode header = null;
        for (String file : site.files()) {
            if (file.startsWith("zh/search/index/d/") && site.text(file).contains("\"url\":\"zh/replies/2024/2024D2/\"")) {
                header = json.readTree(site.text(file));
            }
        }
        assertTrue(header.get("title").asText().contains("2024D2"));
        assertEquals("[]", header.get("blocks").toString(), "no text, so no block to read a snippet from");
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
