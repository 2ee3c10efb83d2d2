package org.replyarchive.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.replyarchive.problem.Problem;
import org.replyarchive.problem.Problems;

class FrontMatterSplitterTest {

    private final Problems problems = new Problems();

    private Optional<FrontMatter> split(String text) {
        return FrontMatterSplitter.split(text, "replies/2023/x.zh.md", problems);
    }

    private List<String> reported() {
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void splitsYamlFromBodyAndKeepsTheirFirstLines() {
        Optional<FrontMatter> split = split("---\ntitle: 答复\ndate: 2023-05-17\n---\n民进省委会：\n\n正文。\n");

        assertEquals(Optional.of(new FrontMatter("title: 答复\ndate: 2023-05-17", 2, "民进省委会：\n\n正文。\n", 5)), split);
        assertEquals(List.of(), reported());
    }

    @Test
    void keepsALaterFenceInTheBody() {
        assertEquals(Optional.of(new FrontMatter("a: 1", 2, "above\n---\nbelow", 4)),
                split("---\na: 1\n---\nabove\n---\nbelow"));
    }

    @Test
    void acceptsEmptyFrontMatterAndFencesWithTrailingSpaces() {
        assertEquals(Optional.of(new FrontMatter("", 2, "body", 3)), split("--- \n---\t\nbody"));
    }

    @Test
    void reportsAFileWithoutFrontMatterAtItsFirstLine() {
        assertEquals(Optional.empty(), split("民进省委会：\n---\n"));
        assertEquals(List.of("replies/2023/x.zh.md:1:1: the file does not start with front matter — begin it with a"
                + " line '---', the YAML fields, then another line '---'"), reported());
    }

    @Test
    void reportsFrontMatterThatIsNeverClosed() {
        assertEquals(Optional.empty(), split("---\ntitle: 答复\n\n正文。\n"));
        assertEquals(List.of("replies/2023/x.zh.md:1:1: the front matter opened on line 1 is never closed — add a line"
                + " '---' after the last YAML field"), reported());
    }
}
