package org.replyarchive.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ProblemTest {

    private static final SourcePosition AT = new SourcePosition("replies/2023/x.zh.md", 3, 8);

    @Test
    void formatsAsPathLineColumnWhatAndFix() {
        Problem problem = Problem.error(AT, "'date' is not a real date: '2023-02-30'", "write an existing date");

        assertEquals("replies/2023/x.zh.md:3:8: 'date' is not a real date: '2023-02-30' — write an existing date",
                problem.toString());
    }

    @Test
    void leavesOutTheDashWhenThereIsNoFix() {
        assertEquals("replies/2023/x.zh.md:3:8: the reply has no body", Problem.error(AT, "the reply has no body", "")
                .toString());
    }

    @Test
    void formatsAsGitHubAnnotationWithThePathPrefix() {
        assertEquals("::error file=content/replies/2023/x.zh.md,line=3,col=8::unknown key 'titel' — did you mean"
                + " 'title'?",
                Problem.error(AT, "unknown key 'titel'", "did you mean 'title'?").toGitHubAnnotation("content/"));
        assertEquals("::warning file=replies/2023/x.zh.md,line=3,col=8::the summary has 250 characters",
                Problem.warning(AT, "the summary has 250 characters", "").toGitHubAnnotation(""));
    }

    @Test
    void escapesWhatGitHubWouldReadAsCommandSyntax() {
        Problem problem = Problem.error(new SourcePosition("replies/2023/a,b:c.zh.md", 1, 1), "100% wrong\r\nhere", "");

        assertEquals("::error file=replies/2023/a%2Cb%3Ac.zh.md,line=1,col=1::100%25 wrong%0D%0Ahere",
                problem.toGitHubAnnotation(""));
    }

    @Test
    void sortsByPathThenLineThenColumnThenMessage() {
        Problem a = Problem.error(new SourcePosition("a.md", 9, 1), "x", "");
        Problem b1 = Problem.error(new SourcePosition("b.md", 2, 10), "x", "");
        Problem b2 = Problem.error(new SourcePosition("b.md", 10, 1), "x", "");
        Problem b3a = Problem.error(new SourcePosition("b.md", 10, 2), "a message", "");
        Problem b3b = Problem.error(new SourcePosition("b.md", 10, 2), "b message", "");

        assertEquals(List.of(a, b1, b2, b3a, b3b), Stream.of(b3b, b2, a, b3a, b1).sorted().toList());
    }

    @Test
    void refusesMissingParts() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Problem.error(AT, null, ""));
        assertEquals("message must not be null", e.getMessage());
    }
}
