package org.replyarchive.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BodyReflowTest {

    private static List<String> paragraphs(String text) {
        return BodyReflow.paragraphs(TextLine.of(text));
    }

    @Test
    void inAnIndentedTextOnlyAnIndentStartsAParagraph() {
        assertEquals(List.of("一、加大投入", "第一句。第二句在下一行，跨过空行和分页也接上。", "下一段。"), paragraphs("""
                  一、加大投入
                  第一句。
                第二句在下一行，

                跨过空行和分页也接上。


                  下一段。
                """));
    }

    @Test
    void everyLineIsAParagraphWhenEveryLineIsIndented() {
        assertEquals(List.of("第一段，", "第二段"), paragraphs("\u3000\u3000第一段，\n\u3000\u3000第二段\n"));
    }

    @Test
    void withoutIndentHeadingsSentenceEndsAndShortLinesEndParagraphs() {
        assertEquals(List.of("一、加大投入", "主要举措：", "第一句写得比较长，一直写到这一行的末尾才换行，接着写完。",
                "（一）省科技厅", "正文“引号。”", "最后"), paragraphs("""
                一、加大投入
                主要举措：
                第一句写得比较长，一直写到这一行的末尾才换行，
                接着写完。
                （一）省科技厅
                正文“引号。”
                最后
                """));
    }

    @Test
    void spacesNextToChineseGoAndOneBetweenLatinWordsStays() {
        assertEquals("2023年投入R&D经费1.02亿元，见Jilin University的SCI论文",
                BodyReflow.cleanSpaces("  2023 年投入 R&D\u3000经费 1.02 亿元，见 Jilin  University 的 SCI 论文  "));
        assertEquals(List.of("a Jilin University report"), paragraphs("a Jilin\nUniversity report\n"));
    }

    @Test
    void pageNumbersAreRecognised() {
        for (String line : List.of("- 3 -", "— 12 —", "3", "第 3 页", "第3页 共9页", "3/9", "  －5－ ")) {
            assertTrue(BodyReflow.isPageNumber(new TextLine(1, line)), line);
        }
        for (String line : List.of("2023", "3 家", "一、")) {
            assertFalse(BodyReflow.isPageNumber(new TextLine(1, line)), line);
        }
    }

    @Test
    void structureIsMarkedOnlyWhereTheTextHasIt() {
        assertEquals("""
                ## 一、关于“人才”的建议

                > 《建议》提出，加强人才培养。

                ### （一）省科技厅

                （二）省教育厅通过加强平台建设，完善科技人才支撑体系。

                一是启动实施。
                """, BodyReflow.markdown(List.of("一、关于“人才”的建议", "《建议》提出，加强人才培养。", "（一）省科技厅",
                "（二）省教育厅通过加强平台建设，完善科技人才支撑体系。", "一是启动实施。")));
    }

    @Test
    void aLongParagraphOpeningWithANumeralIsNoHeading() {
        String long_ = "一、" + "内容".repeat(60);
        assertEquals(long_, BodyReflow.markup(long_));
    }
}
