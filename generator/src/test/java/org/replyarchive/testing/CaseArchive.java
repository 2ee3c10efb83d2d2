package org.replyarchive.testing;

import java.nio.file.Path;

/**
 * An archive of cases in every shape of handling, built by the handling, statistics and feed tests:
 *
 * <ul>
 *   <li>{@code 2023C1} replied on time (deadline computed from {@code assigned}), outcome A, proposer satisfied,
 *       made public two days after the reply;</li>
 *   <li>{@code 2023C2} replied 20 days late, outcome B, with a correction logged;</li>
 *   <li>{@code 2023C3} on time after an extension, outcome C, proposer dissatisfied, made public the day of the
 *       reply; untranslated;</li>
 *   <li>{@code 2023C4} answers three proposals handled jointly, with no dates;</li>
 *   <li>{@code 2024C5} a summary-only reply whose body holds {@value FixtureArchive#WITHHELD}, late by 4 days, with
 *       an interim reply whose body holds it too.</li>
 * </ul>
 *
 * Documents: {@code 2023C1} has an interim reply (translated) and a co-handling opinion of jl-jyt (not
 * translated) before it; {@code 2023C2} a second reply (translated) and a follow-up (not translated) after it.
 */
public final class CaseArchive {

    public static final String RULES = """
            deadline_months: {cppcc: 3, npc: 3}
            outcomes:
              a: {code: A, name: {zh: 解决或采纳, en: Solved or adopted}}
              b: {code: B, name: {zh: 列入计划拟解决, en: Planned for solution}}
              c: {code: C, name: {zh: 留作参考, en: Kept for reference}}
            """;

    private CaseArchive() {}

    /** Writes the archive under {@code dir}/content and returns that folder. */
    public static Path write(Path dir) {
        StringBuilder files = new StringBuilder("-- registry/handling.yaml --\n").append(RULES)
                .append("-- site.yaml --\n").append(SiteFixture.BASE.get("site.yaml"))
                .append("licence: {zh: 知识共享署名 4.0 国际许可协议, en: Creative Commons Attribution 4.0 International}\n");
        reply(files, "2023C1", "2023-05-10", "full", """
                  assigned: 2023-02-20
                  outcome: a
                  feedback: satisfied
                  published: 2023-05-12
                """, "");
        reply(files, "2023C2", "2023-06-09", "full", """
                  assigned: 2023-02-20
                  due: 2023-05-20
                  outcome: b
                corrections:
                  - date: 2023-07-01
                    change: 更正第2023C2号答复的一处排印错误。
                    reason: 方便读者理解。
                """, "");
        reply(files, "2023C3", "2023-07-01", "full", """
                  assigned: 2023-02-20
                  extension: {until: 2023-07-20, reason: 需多部门协调}
                  outcome: c
                  feedback: dissatisfied
                  published: 2023-07-01
                """, "");
        reply(files, "2023C4", "2023-04-28", "full", "", "  joint: [\"2023C7\", \"2023C8\"]\n");
        reply(files, "2024C5", "2024-06-05", "summary", """
                  assigned: 2024-03-01
                """, "");
        for (String slug : new String[] {"2023C1", "2023C2", "2023C4", "2024C5"}) {
            files.append("-- replies/").append(slug, 0, 4).append('/').append(slug).append(".en.md --\n")
                    .append("---\ntitle: Reply to Proposal No. ").append(slug).append('\n')
                    .append(slug.equals("2024C5") ? "summary: The published summary of " + slug + ".\n" : "")
                    .append("---\nDear Li Xiuyu:\n\nThe English text of ").append(slug).append(".\n");
        }
        document(files, "2023/2023C1.interim", "吉科函〔2023〕101号", "2023-04-01", "阶段性答复的正文。",
                "The interim reply's text.");
        document(files, "2023/2023C1.co-jl-jyt", "吉教函〔2023〕7号", "2023-04-20", "协办意见的正文。", null);
        document(files, "2023/2023C2.second", "吉科函〔2023〕201号", "2023-08-01", "再次答复的正文。",
                "The second reply's text.");
        document(files, "2023/2023C2.follow-up", "吉科函〔2023〕301号", "2023-12-01", "跟踪答复的正文。", null);
        document(files, "2024/2024C5.interim", "吉科函〔2024〕55号", "2024-05-01",
                "阶段性答复 " + FixtureArchive.WITHHELD, "Interim " + FixtureArchive.WITHHELD);
        return SiteFixture.write(dir, files.toString());
    }

    private static void document(StringBuilder files, String name, String docNumber, String date, String zh,
            String en) {
        files.append("-- replies/").append(name).append(".zh.md --\n---\ndoc_number: ").append(docNumber)
                .append("\ndate: ").append(date).append("\n---\n").append(zh).append('\n');
        if (en != null) {
            files.append("-- replies/").append(name).append(".en.md --\n---\n---\n").append(en).append('\n');
        }
    }

    private static void reply(StringBuilder files, String slug, String date, String disclosure, String handling,
            String joint) {
        String year = date.substring(0, 4);
        String session = year.equals("2023") ? "cppcc-13-1" : "cppcc-13-2";
        files.append("-- replies/").append(year).append('/').append(slug).append(".zh.md --\n").append("""
                ---
                title: 关于第%1$s号提案的答复
                doc_number: 吉科函〔%2$s〕%3$s号
                date: %4$s
                session: %5$s
                proposal:
                  number: %1$s
                  kind: member
                  title: 关于第%1$s号事项的建议
                  proposers: [li-xiuyu]
                %6$shandling:
                  lead: jl-kjt
                %7$sdisclosure: %8$s
                summary: 第%1$s号答复的摘要。
                ---
                李秀玉委员：

                第%1$s号答复的正文。%9$s
                """.formatted(slug, year, slug.substring(5), date, session, joint, handling, disclosure,
                disclosure.equals("full") ? "" : FixtureArchive.WITHHELD));
    }
}
