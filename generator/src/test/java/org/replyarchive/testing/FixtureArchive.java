package org.replyarchive.testing;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The archive the end-to-end, validation and browser tests build: made for the tests, not {@code content/}.
 *
 * <ul>
 *   <li>{@value #SESSION_ONE_REPLIES} member proposals of session cppcc-13-1 (2023), so its lists have two pages;
 *       every one translated except {@code 2023W9};</li>
 *   <li>{@code 2024D1}, a party-group proposal of cppcc-13-2 whose disclosure is {@code summary};</li>
 *   <li>{@code 2024D2}, disclosed {@code title-only};</li>
 *   <li>{@code 2023W1} holds a table, raw HTML and a repeated heading;</li>
 *   <li>free pages {@code about} in both languages.</li>
 * </ul>
 *
 * Text that must never be published contains {@value #WITHHELD}.
 */
public final class FixtureArchive {

    public static final int SESSION_ONE_REPLIES = 23;
    public static final String UNTRANSLATED = "2023W9";
    public static final String WITHHELD = "WITHHELD-TEXT";

    private FixtureArchive() {}

    /** Writes the archive under {@code dir}/content and returns that folder. */
    public static Path write(Path dir) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int n = 1; n <= SESSION_ONE_REPLIES; n++) {
            String slug = "2023W" + n;
            files.put("replies/2023/" + slug + ".zh.md", memberReplyZh(n));
            if (!slug.equals(UNTRANSLATED)) {
                files.put("replies/2023/" + slug + ".en.md", memberReplyEn(n));
            }
        }
        files.put("replies/2023/2023W2.zh.md", withEditorialMarks(files.get("replies/2023/2023W2.zh.md")));
        files.put("sources/2023W2.txt", SOURCE_2023W2);
        files.put("replies/2024/2024D1.zh.md", partyReplyZh("2024D1", "summary", "2024-05-29"));
        files.put("replies/2024/2024D1.en.md", """
                ---
                title: Reply to Party and Group Proposal No. 2024D1
                proposal:
                  title: Proposal on Young Scientists
                summary: The published summary of reply 2024D1.
                ---
                The full text, %s.
                """.formatted(WITHHELD));
        files.put("replies/2024/2024D2.zh.md", partyReplyZh("2024D2", "title-only", "2024-05-30"));
        files.put("pages/about.zh.md", "---\ntitle: 关于本档案\ndescription: 测试档案说明。\n---\n本档案用于测试。\n");
        files.put("pages/about.en.md", "---\ntitle: About this archive\ndescription: About the test archive.\n---\n"
                + "This archive is for tests. [Open data](../../data/replies.json).\n");
        StringBuilder text = new StringBuilder();
        files.forEach((path, content) -> text.append("-- ").append(path).append(" --\n").append(content));
        return SiteFixture.write(dir, text.toString());
    }

    /** The text 2023W2 was published with, typo included, as its source. */
    private static final String SOURCE_2023W2 = """
            李秀玉委员：
            一、关于“人才”的建议
            《建议》提出，加强第2项工作。
            （一）省科技厅
            第2号答复的正文，提到破茧成碟计划。
            吉林省科学技术厅
            2023年1月3日
            """;

    /** 2023W2 with what editors add over the years: its source, a marked typo and a logged correction. */
    private static String withEditorialMarks(String reply) {
        return reply.replace("summary: 第2号答复的摘要。", "summary: 第2号答复的摘要。\nsource: sources/2023W2.txt\n"
                        + "corrections:\n  - {date: 2024-02-01, change: 标注一处排印错误, reason: 方便阅读}")
                .replace("提到破茧成蝶计划", "提到{sic:破茧成碟|破茧成蝶}计划");
    }

    private static String memberReplyZh(int n) {
        String extra = n == 1 ? """

                ## 一、关于“人才”的建议

                | 年份 | 项目数 |
                | --- | --- |
                | 2022 | 12 |

                <script>alert("x")</script>
                """ : "";
        return """
                ---
                title: 关于对省政协十三届一次会议第2023W%1$d号委员提案的答复
                doc_number: 吉科发人才〔2023〕%1$d号
                date: 2023-%2$02d-%3$02d
                session: cppcc-13-1
                proposal:
                  number: 2023W%1$d
                  kind: member
                  title: 关于第%1$d项工作的建议
                  proposers: [li-xiuyu]
                handling:
                  lead: jl-kjt
                  co: [jl-jyt]
                topics: [talent]
                disclosure: full
                summary: 第%1$d号答复的摘要。
                ---
                李秀玉委员：

                ## 一、关于“人才”的建议

                > 《建议》提出，加强第%1$d项工作。

                ### （一）省科技厅

                第%1$d号答复的正文，提到破茧成蝶计划。
                %4$s""".formatted(n, 1 + (n - 1) / 2, 1 + n, extra);
    }

    private static String memberReplyEn(int n) {
        return """
                ---
                title: Reply to Member Proposal No. 2023W%1$d
                proposal:
                  title: Proposal on work item %1$d
                summary: Summary of reply %1$d.
                ---
                Member Li Xiuyu:

                ## 1. On talent

                > The Proposal suggests strengthening work item %1$d.

                ### (1) Department of Science and Technology

                The text of reply %1$d, mentioning the Chrysalis to Butterfly programme.
                """.formatted(n);
    }

    private static String partyReplyZh(String slug, String disclosure, String date) {
        String summary = disclosure.equals("title-only") ? WITHHELD + "-summary" : "第" + slug + "号答复公开的摘要。";
        return """
                ---
                title: 关于对省政协十三届二次会议第%1$s号党派团体提案的答复
                doc_number: 吉科发人才〔2024〕%2$s号
                date: %3$s
                session: cppcc-13-2
                proposal:
                  number: %1$s
                  kind: party-group
                  title: 关于青年科技人才的建议
                  proposers: [caapd-jilin]
                handling:
                  lead: jl-kjt
                topics: [finance]
                disclosure: %4$s
                summary: %5$s
                ---
                民进省委会：

                正文，%6$s。
                """.formatted(slug, slug.substring(5), date, disclosure, summary, WITHHELD);
    }
}
