package org.replyarchive.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.replyarchive.testing.RenderingAssertions.assertRendering;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersAReplysStructureWithIdsAndTheQuoteClass() {
        assertRendering("""
                ## 一、关于“人才”的建议

                > 《建议》提出，加强人才培养。

                ### （一）省科技厅

                正文。
                """, """
                <h2 id="一-关于-人才-的建议">一、关于“人才”的建议<a class="heading-anchor" href="#一-关于-人才-的建议" aria-labelledby="一-关于-人才-的建议"></a></h2>
                <blockquote class="proposal-quote">
                <p>《建议》提出，加强人才培养。</p>
                </blockquote>
                <h3 id="一-省科技厅">（一）省科技厅</h3>
                <p>正文。</p>
                """);
    }

    @Test
    void rendersTables() {
        assertRendering("""
                | 年份 | 项目数 |
                | --- | ---: |
                | 2022 | 12 |
                """, """
                <table>
                <thead>
                <tr>
                <th>年份</th>
                <th align="right">项目数</th>
                </tr>
                </thead>
                <tbody>
                <tr>
                <td>2022</td>
                <td align="right">12</td>
                </tr>
                </tbody>
                </table>
                """);
    }

    @Test
    void showsRawHtmlAsTextInsteadOfRunningIt() {
        assertRendering("""
                <script>alert("x")</script>

                正文<b>粗</b>。
                """, """
                <p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>
                <p>正文&lt;b&gt;粗&lt;/b&gt;。</p>
                """);
    }

    @Test
    void neutralisesJavascriptLinks() {
        assertRendering("[链接](javascript:alert(1))\n", "<p><a rel=\"nofollow\" href=\"\">链接</a></p>\n");
    }

    @Test
    void tableOfContentsHoldsLevelsTwoAndThreeOnly() {
        RenderedBody body = renderer.render("# 标题\n\n## 二级\n\n### 三级\n\n#### 四级\n\n## 二级\n");

        assertEquals(List.of(new TocEntry(2, "二级", "二级"), new TocEntry(3, "三级", "三级"),
                new TocEntry(2, "二级-2", "二级")), body.toc());
    }

    @Test
    void tableOfContentsIdsAreTheIdsOfTheHeadings() {
        RenderedBody body = renderer.render("# 标题\n\n## 建议\n\n#### 细节\n\n### 建议\n\n## ？\n\n## 建议\n");

        List<String> headingIds = idsIn(body.html(), "h[23]");
        assertEquals(headingIds, body.toc().stream().map(TocEntry::id).toList());
        assertEquals(List.of("建议", "建议-2", "section", "建议-3"), headingIds);
    }

    private static List<String> idsIn(String html, String tags) {
        Matcher m = Pattern.compile("<(?:" + tags + ") id=\"([^\"]*)\"").matcher(html);
        return m.results().map(r -> r.group(1)).toList();
    }

    @Test
    void rendersBlankTextAsEmpty() {
        assertEquals(RenderedBody.EMPTY, renderer.render(" \n\n"));
    }

    @Test
    void plainTextDropsMarkup() {
        assertEquals("一、关于“人才”的建议\n加强人才培养。",
                renderer.plainText("## 一、关于“人才”的建议\n\n**加强**人才培养。\n").strip());
    }

    @Test
    void plainTextKeepsWordsApartWithoutMarkup() {
        assertEquals("""
                一、关于人才
                《建议》提出，加强培养。
                Year Amount\s
                2023 talents\s
                See the data.""", renderer.plainText("""
                ## 一、关于人才

                > 《建议》提出，**加强**培养。

                | Year | Amount |
                | --- | --- |
                | 2023 | talents |

                See [the data](../../data/replies.json).
                """).replaceAll("\n+", "\n"));
    }
}
