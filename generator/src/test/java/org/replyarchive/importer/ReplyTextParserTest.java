package org.replyarchive.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.replyarchive.model.Body;
import org.replyarchive.model.ProposalKind;
import org.replyarchive.problem.Problem;
import org.replyarchive.problem.Problems;

class ReplyTextParserTest {

    private final Problems problems = new Problems();

    private ParsedReply parse(String text) {
        ParsedReply reply = ReplyTextParser.parse(text, "x.txt", problems).orElseThrow();
        assertEquals(List.of(), problems.sorted().stream().map(Problem::toString).toList());
        return reply;
    }

    @Test
    void aDocumentNumberBeforeTheTitleAndASalutationOnItsOwnLine() {
        ParsedReply reply = parse("""
                吉科发办〔2022〕108号
                对省政协第十二届五次会议第 135 号
                委员提案的答复
                张三、李四委员：
                  您在会上提出的《关于加快高新技术产业的建议》收悉。
                  吉林省科学技术厅
                  二〇二二年七月六日
                """);
        assertEquals("对省政协第十二届五次会议第135号委员提案的答复", reply.title());
        assertEquals(Optional.of("吉科发办〔2022〕108号"), reply.docNumber());
        assertEquals(Optional.of(new SessionMention(Body.CPPCC, 12, 5)), reply.session());
        assertEquals(Optional.of("135"), reply.proposalNumber());
        assertEquals(Optional.of(ProposalKind.MEMBER), reply.kind());
        assertEquals(Optional.of("关于加快高新技术产业的建议"), reply.proposalTitle());
        assertEquals(Optional.of("张三、李四委员"), reply.salutation());
        assertEquals(Optional.of("吉林省科学技术厅"), reply.issuer());
        assertEquals(Optional.of(LocalDate.of(2022, 7, 6)), reply.date());
        assertEquals(List.of("张三、李四委员：", "您在会上提出的《关于加快高新技术产业的建议》收悉。"), reply.paragraphs());
    }

    @Test
    void theKindComesFromTheSalutationWhenTheTitleDoesNotSayIt() {
        ParsedReply reply = parse("""
                关于省十四届人大二次会议第 0045 号建议的答复
                王小明代表：
                  您提出的建议收悉。
                  吉林省科学技术厅 2024 年 3 月 1 日
                  （联系人：赵六，电话：0431-1234567）
                """);
        assertEquals(Optional.of(new SessionMention(Body.NPC, 14, 2)), reply.session());
        assertEquals(Optional.of(ProposalKind.DEPUTY), reply.kind());
        assertEquals(Optional.empty(), reply.docNumber());
        assertEquals(Optional.of("吉林省科学技术厅"), reply.issuer());
        assertEquals(Optional.of(LocalDate.of(2024, 3, 1)), reply.date());
        assertEquals(List.of(5), reply.leftOut().stream().map(TextLine::number).toList());
        assertEquals(List.of("王小明代表：", "您提出的建议收悉。"), reply.paragraphs());
    }

    @Test
    void whatTheTextDoesNotSayIsLeftEmpty() {
        ParsedReply reply = parse("关于有关问题的答复\n正文。\n");
        assertEquals(Optional.empty(), reply.session());
        assertEquals(Optional.empty(), reply.proposalNumber());
        assertEquals(Optional.empty(), reply.kind());
        assertEquals(Optional.empty(), reply.salutation());
        assertEquals(Optional.empty(), reply.date());
        assertEquals(Optional.empty(), reply.coHandlers());
        assertEquals(List.of("正文。"), reply.paragraphs());
    }

    @Test
    void coHandlersAndAnsweringDepartmentsAreRead() {
        ParsedReply reply = parse("""
                关于对省政协十三届一次会议第 2023D51 号党派团体提案的答复
                民进省委会：
                  贵单位的建议收悉，现答复如下：（协办单位：省教育厅，省人社厅等）
                  （一）省科技厅始终高度重视。
                  （二）省市场监督管理厅为助力企业。
                """);
        assertEquals(Optional.of(List.of("省教育厅", "省人社厅")), reply.coHandlers());
        assertEquals(List.of("省科技厅始终高度重视。", "省市场监督管理厅为助力企业。"), reply.sectionOpenings());
        assertEquals(Optional.of(ProposalKind.PARTY_GROUP), reply.kind());
    }
}
