package org.replyarchive.content;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import org.replyarchive.problem.Problem;
import org.replyarchive.problem.Problems;

/**
 * Front-matter splitting and YAML reading take any text: the result is a tree or positioned problems, never
 * an exception, and every position lies inside the text. Kept inputs: {@code FrontMatterFuzzTestInputs/}.
 */
class FrontMatterFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void anyTextGivesATreeOrPositionedProblems(@NotNull String input) {
        String text = input.replace("\r\n", "\n").replace('\r', '\n'); // as every content file is read
        Problems problems = new Problems();
        String path = "replies/2023/x.zh.md";
        FrontMatterSplitter.split(text, path, problems)
                .ifPresent(fm -> YamlParser.parse(fm.yaml(), path, fm.yamlFirstLine(), problems));
        long lines = text.chars().filter(c -> c == '\n').count() + 1;
        for (Problem problem : problems.sorted()) {
            assertTrue(problem.position().line() >= 1 && problem.position().line() <= lines + 1
                    && problem.position().column() >= 1, problem.toString());
            assertTrue(problem.toString().startsWith(path + ":"), problem.toString());
        }
    }
}
