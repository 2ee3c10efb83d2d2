package org.replyarchive.problem;

import java.util.List;

/**
 * Thrown when the content has errors: holds every problem found, so the caller can report all of them.
 * It is an expected outcome, not a bug, and carries no useful stack trace.
 */
public final class ContentProblemsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public ContentProblemsException(List<Problem> problems) {
        super(summary(problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, sorted by position; errors and warnings. */
    public List<Problem> problems() {
        return problems;
    }

    /** The errors only. */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    private static String summary(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        return "Site not built: " + errors + (errors == 1 ? " problem" : " problems") + " in content";
    }
}
