package org.replyarchive.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import org.replyarchive.problem.Problem;
import org.replyarchive.problem.Problems;

/** The import's text parser takes any text: a parsed reply or positioned problems, never an exception. */
class ImportTextFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void anyTextGivesADraftOrPositionedProblems(@NotNull String text) {
        Problems problems = new Problems();
        ReplyTextParser.parse(text, "reply.txt", problems);
        for (Problem problem : problems.sorted()) {
            assertTrue(problem.position().line() >= 1 && problem.position().column() >= 1, problem.toString());
        }
    }
}
