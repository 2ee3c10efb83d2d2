package org.replyarchive.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.testing.BuiltSite;
import org.replyarchive.testing.CaseArchive;

/** A reply page shows its case's timeline, whether it kept its deadline, its outcome and the joint proposals. */
class HandlingPageTest {

    @TempDir
    static Path dir;

    static BuiltSite site;

    @BeforeAll
    static void build() {
        site = BuiltSite.build(CaseArchive.write(dir), dir, "https://example.org/archive/");
    }

    private static List<String> timeline(String path) {
        return site.page(path).select(".timeline li").eachText();
    }

    private static String fact(Document page, String term) {
        for (Element dt : page.select(".case-facts dt")) {
            if (dt.text().equals(term)) {
                return dt.nextElementSibling().text();
            }
        }
        return null;
    }

    @Test
    void anOnTimeReplyShowsItsComputedDeadlineOutcomeAndFeedback() {
        Document en = site.page("en/replies/2023/2023C1/index.html");
        assertEquals("On time", fact(en, "Timeliness"));
        assertEquals("A Solved or adopted", fact(en, "Outcome"));
        assertEquals("Satisfied", fact(en, "Proposer's feedback"));
    }

    @Test
    void aLateReplyIsLateByTheDaysAfterItsDeadline() {
        assertEquals("逾期20天", fact(site.page("zh/replies/2023/2023C2/index.html"), "是否按期"));
        assertEquals("Late by 20 days", fact(site.page("en/replies/2023/2023C2/index.html"), "Timeliness"));
        assertEquals("B 列入计划拟解决", fact(site.page("zh/replies/2023/2023C2/index.html"), "办理结果"));
    }

    @Test
    void anExtensionMovesTheDeadlineAndGivesItsReason() {
        assertEquals(List.of("Assigned 20 February 2023", "Deadline 20 May 2023 (computed from the date of assignment)",
                "Deadline extended to 20 July 2023 需多部门协调", "Replied 1 July 2023 吉科函〔2023〕3号",
                "Made public 1 July 2023 (the day of the reply)"),
                timeline("en/replies/2023/2023C3/index.html"));
        Document zh = site.page("zh/replies/2023/2023C3/index.html");
        assertEquals("按期答复", fact(zh, "是否按期"));
        assertEquals("不满意", fact(zh, "提案人反馈"));
    }

    @Test
    void aJointReplyListsEveryProposalItAnswers() {
        Document zh = site.page("zh/replies/2023/2023C4/index.html");
        assertEquals("2023C4、2023C7、2023C8", fact(zh, "并案办理的提案"));
        assertEquals(null, fact(zh, "是否按期"));
    }

    @Test
    void aReplyWithoutHandlingFieldsLooksAsBefore() {
        Path other = dir.resolve("plain");
        BuiltSite plain = BuiltSite.build(org.replyarchive.testing.SiteFixture.write(other, """
                -- replies/2023/2023D51.zh.md --
                """ + org.replyarchive.testing.SiteFixture.REPLY_ZH), other, "/");
        assertTrue(plain.page("zh/replies/2023/2023D51/index.html").select(".reply-case").isEmpty());
        assertFalse(plain.text("zh/replies/2023/2023D51/index.html").contains("case-heading"));
    }

    @Test
    void documentsBeforeTheReplyComeBeforeItsTextInTheOrderTheyWereIssued() {
        Document zh = site.page("zh/replies/2023/2023C1/index.html");
        assertEquals(List.of("阶段性答复", "协办意见（省教育厅）"), zh.select(".case-document h2").eachText());
        assertTrue(zh.select(".case-document").last().nextElementSibling().hasClass("reply-body"));
        assertEquals("吉科函〔2023〕101号 · 2023年4月1日", zh.selectFirst(".case-document__meta").text());
        assertEquals(List.of("交办日期 2023年2月20日", "答复期限 2023年5月20日 （按规定自交办之日起计算）",
                "阶段性答复 2023年4月1日 吉科函〔2023〕101号", "协办意见（省教育厅） 2023年4月20日 吉教函〔2023〕7号",
                "答复日期 2023年5月10日 吉科函〔2023〕1号", "公开日期 2023年5月12日 （答复后2天公开）"),
                timeline("zh/replies/2023/2023C1/index.html"));
    }

    @Test
    void theTimelineEndsWithTheDayTheReplyWasMadePublicInBothLanguages() {
        Document en = site.page("en/replies/2023/2023C1/index.html");
        Element published = en.selectFirst(".timeline li:last-child");
        assertTrue(published.hasClass("timeline__step--published"), published.outerHtml());
        assertEquals("Made public 12 May 2023 (2 days after the reply)", published.text());
        assertEquals("2023-05-12", published.selectFirst("time").attr("datetime"));
        assertEquals("", published.selectFirst(".timeline__note").attr("lang"), "the note is in the page's language");
        String jsonLd = en.selectFirst("script[type=application/ld+json]").data();
        assertTrue(jsonLd.contains("\"dateCreated\":\"2023-05-10\",\"datePublished\":\"2023-05-12\""), jsonLd);
        // A case without a publication date shows no such step, rather than guessing one.
        assertTrue(site.page("en/replies/2023/2023C2/index.html").select(".timeline__step--published").isEmpty());
    }

    @Test
    void numbersAndReasonsOnAnEnglishTimelineAreMarkedAsChinese() {
        Document en = site.page("en/replies/2023/2023C3/index.html");
        assertEquals(List.of("zh-Hans", "zh-Hans"), en.select(".timeline__step--extended .timeline__note,"
                + " .timeline__step--reply .timeline__note").eachAttr("lang"));
        assertEquals(List.of(), site.page("zh/replies/2023/2023C3/index.html").select(".timeline__note[lang]")
                .eachAttr("lang"), "on the Chinese page they are in the page's language");
    }

    @Test
    void anUntranslatedDocumentShowsItsOfficialTextMarkedAsSuch() {
        Document en = site.page("en/replies/2023/2023C1/index.html");
        assertEquals("The interim reply's text.", en.select(".case-document__text").get(0).text());
        Element opinion = en.select(".case-document__text").get(1);
        assertEquals("zh-Hans", opinion.attr("lang"));
        assertEquals("协办意见的正文。", opinion.text());
        assertEquals("Co-handling opinion of the Education Department", en.select(".case-document h2").get(1).text());
    }

    @Test
    void aSecondReplyAndAFollowUpComeAfterTheReply() {
        Document en = site.page("en/replies/2023/2023C2/index.html");
        assertEquals(List.of("Second reply", "Follow-up"), en.select(".reply-body ~ .case-document h2").eachText());
        assertEquals("The second reply's text.", en.select(".case-document__text").get(0).text());
    }

    @Test
    void theDocumentsOfAWithheldReplyAreWithheldToo() {
        for (String lang : List.of("zh", "en")) {
            String page = site.text(lang + "/replies/2024/2024C5/index.html");
            assertFalse(page.contains(org.replyarchive.testing.FixtureArchive.WITHHELD), lang);
            assertTrue(page.contains("吉科函〔2024〕55号"), "the interim reply is still on the timeline");
        }
    }
}
