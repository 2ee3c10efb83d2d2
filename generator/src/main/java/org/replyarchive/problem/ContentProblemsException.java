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

    /**
     * An exception whose message names another outcome than a site not built, e.g. {@code "Nothing imported"}:
     * the message is that outcome, then the count of errors.
     */
    public ContentProblemsException(String outcome, List<Problem> problems) {
        super(outcome + ": " + errorCount(problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    /**
     * The problems of a site's theme (its templates and UI strings), whose message says so: a theme is
     * fixed by another person, in another folder, than the content.
     */
    public static ContentProblemsException inTheme(List<Problem> problems) {
        List<Problem> sorted = problems.stream().sorted().toList();
        return new ContentProblemsException("Site not built", sorted, " in the theme");
    }

    /**
     * The exception another process threw and told, with its message as it was: a build forked into a JVM of
     * its own fails in the parent as it would have in one JVM.
     */
    public static ContentProblemsException relayed(String message, List<Problem> problems) {
        return new ContentProblemsException(problems, message);
    }

    private ContentProblemsException(List<Problem> problems, String message) {
        super(message, null, false, false);
        this.problems = List.copyOf(problems);
    }

    private ContentProblemsException(String outcome, List<Problem> problems, String where) {
        super(outcome + ": " + errorCount(problems) + where, null, false, false);
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
        return "Site not built: " + errorCount(problems) + " in content";
    }

    private static String errorCount(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        return errors + (errors == 1 ? " problem" : " problems");
    }
}
