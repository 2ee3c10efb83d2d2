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
        assertEquals(List.of("交办日期 2023年2月20日", "答复期限 2023年5月20日 （按规定自交办之日起计算）",
                "答复日期 2023年5月10日 吉科函〔2023〕1号"), timeline("zh/replies/2023/2023C1/index.html"));
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
                "Deadline extended to 20 July 2023 需多部门协调", "Replied 1 July 2023 吉科函〔2023〕3号"),
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
}
