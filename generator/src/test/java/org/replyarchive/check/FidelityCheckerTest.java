package org.replyarchive.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.content.ContentLoader;
import org.replyarchive.model.Site;
import org.replyarchive.problem.Problems;
import org.replyarchive.testing.SiteFixture;

class FidelityCheckerTest {

    private static final String SOURCE = """
            关于对省政协十三届一次会议第 2023D51 号党派
            团体提案的答复
            吉科发人才【2023】91 号
            民进省委会：
              贵单位提出的《建议》收悉，经认真研
            究办理，现答复如下：
              一、关于“人才”的建议
              正文第一段。
              吉林省科学技术厅
              2023 年 5月 17 日
            """;

    @TempDir
    Path dir;

    private List<String> check(String body) {
        String reply = SiteFixture.REPLY_ZH.replace("summary: 答复摘要。", "summary: 答复摘要。\nsource: sources/x.txt");
        reply = reply.substring(0, reply.indexOf("---\n", 4) + 4) + body;
        Path content = SiteFixture.write(dir, "-- replies/2023/x.zh.md --\n" + reply + "-- sources/x.txt --\n" + SOURCE);
        Site site = new ContentLoader(new Problems()).load(content);
        return new FidelityChecker(content, "吉林省科学技术厅").check(site.replies()).stream().map(Object::toString).toList();
    }

    @Test
    void reflowedTextWithMarkupIsFaithful() {
        assertEquals(List.of(), check("民进省委会：\n\n贵单位提出的《建议》收悉，经认真研究办理，现答复如下：\n\n## 一、关于“人才”的建议\n\n正文第一段。\n"));
    }

    @Test
    void aChangedWordIsReportedWhereItStands() {
        assertEquals(List.of("replies/2023/x.zh.md:21:17: the text departs from its source sources/x.txt: here «办理，现答复如下：一、关…»,"
                + " in the source «研究办理，现答复如下：一…» — restore the source's wording; repair only line breaks"
                + " and spaces that the extraction broke"),
                check("民进省委会：\n\n贵单位提出的《建议》收悉，经认真办理，现答复如下：\n\n## 一、关于“人才”的建议\n\n正文第一段。\n"));
    }

    @Test
    void aDroppedLastParagraphIsReported() {
        assertEquals(List.of("replies/2023/x.zh.md:23:14: the body ends before its source sources/x.txt does: «正文第一段。吉林省科学技…»"
                + " follows in the source — add the missing text; only the issuer and date («吉林省科学技术厅2023年5月17日») may"
                + " follow the body"),
                check("民进省委会：\n\n贵单位提出的《建议》收悉，经认真研究办理，现答复如下：\n\n## 一、关于“人才”的建议\n"));
    }

    @Test
    void anEditorsMarkOnATypoIsFaithfulByItsPrintedText() {
        assertEquals(List.of(), check("民进省委会：\n\n贵单位提出的《建议》收悉，经认真研究办理，现答复如下：\n\n## 一、关于“人才”的建议\n\n"
                + "{sic:正文|正式文本}第一段。\n"));
    }

    @Test
    void aMarkWhosePrintedTextIsNotTheSourcesIsReported() {
        assertEquals(List.of("replies/2023/x.zh.md:25:7: the text departs from its source sources/x.txt: here «式第一段。»,"
                + " in the source «文第一段。吉林省科学技术…» — restore the source's wording; repair only line breaks"
                + " and spaces that the extraction broke"),
                check("民进省委会：\n\n贵单位提出的《建议》收悉，经认真研究办理，现答复如下：\n\n## 一、关于“人才”的建议\n\n"
                        + "{sic:正式|正文}第一段。\n"));
    }
}
