package org.replyarchive.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replyarchive.problem.Problem;

class FrontMatterTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2023D51 | 2023D51",
            "135 | \"135\"",
            "吉科发人才〔2023〕91号 | 吉科发人才〔2023〕91号",
            "关于“人才”的建议 | 关于“人才”的建议",
            "true | \"true\"",
            "TODO later | \"TODO later\"",
            "a: b | \"a: b\"",
            "[x] | \"[x]\"",
            "say \"hi\" | say \"hi\""})
    void textsAreQuotedOnlyWhereYamlWouldReadThemOtherwise(String value, String yaml) {
        assertEquals(yaml, FrontMatterText.yaml(value));
    }

    @Test
    void eachTodoIsNotedAtItsLineAndColumn() {
        FrontMatterText fm = new FrontMatterText("replies/2023/x.zh.md");
        fm.scalar("", "title", "title", Optional.of("标题"), "");
        fm.line("proposal:");
        fm.scalar("  ", "kind", "proposal.kind", Optional.empty(), "member or deputy");
        fm.list("  ", "co", "handling.co", List.of("jl-jyt"), List.of("add 省卫健委"), "省卫健委: unknown");
        assertEquals("""
                ---
                title: 标题
                proposal:
                  kind: TODO  # member or deputy
                  co: [jl-jyt, TODO]  # 省卫健委: unknown
                """, fm.text());
        assertEquals(List.of("proposal.kind", "handling.co"), fm.toFill());
        assertEquals(List.of("replies/2023/x.zh.md:4:9: 'kind' is still TODO — member or deputy",
                "replies/2023/x.zh.md:5:16: 'co' is still TODO — add 省卫健委"),
                fm.notes().stream().map(Problem::toString).toList());
    }
}
