package org.replyarchive.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.replyarchive.problem.Problem;
import org.replyarchive.problem.Problems;

/**
 * The link policy refuses a bad address however the link is written, and its shortcut (a body with neither
 * {@code ]} nor {@code <} is not parsed) never lets one through.
 */
class LinkPolicyTest {

    private static List<String> refusals(String markdown) {
        Problems problems = new Problems();
        LinkPolicy.check(markdown, "replies/2023/x.zh.md", 10, problems);
        return problems.sorted().stream().map(Problem::describe).toList();
    }

    @Test
    void everyKindOfLinkWithABadAddressIsRefused() {
        for (String markdown : List.of("正文[附件](javascript:alert(1))。", "正文<javascript:alert(1)>。",
                "正文[附件]。\n\n[附件]: javascript:alert(1)", "正文[附件][a]。\n\n[a]: data:text/html,x",
                "![图](vbscript:msgbox)")) {
            assertFalse(LinkPolicy.cannotHoldLinks(markdown), markdown);
            assertEquals(1, refusals(markdown).size(), markdown);
        }
    }

    @Test
    void aBodyWithoutBracketsOrAnglesHoldsNoLinkAndIsNotRefused() {
        String markdown = "## 一、关于（一）\n\n正文【2023】第1号，javascript:alert(1) 写作文字。\n\n| a | b |\n|---|---|\n| 1 | 2 |";
        assertTrue(LinkPolicy.cannotHoldLinks(markdown));
        assertEquals(List.of(), refusals(markdown));
    }

    @Test
    void aGoodLinkIsAllowed() {
        assertEquals(List.of(), refusals("见[说明](../about/)与<https://example.org/>。"));
    }
}
