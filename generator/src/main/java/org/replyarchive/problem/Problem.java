package org.replyarchive.problem;

import java.util.Objects;

/**
 * One thing wrong in the content: where, what is wrong, and what would be right.
 *
 * <p>{@link #toString()} is the one format every report uses:
 * {@code path:line:column: what is wrong — what would be right}.
 *
 * @param position where the problem is
 * @param message what is wrong, quoting the offending input
 * @param fix what would be right; may be empty when nothing useful can be said
 * @param severity whether the problem stops the build
 */
public record Problem(SourcePosition position, String message, String fix, Severity severity)
        implements Comparable<Problem> {

    public Problem {
        Objects.requireNonNull(position, "position must not be null");
        Objects.requireNonNull(message, "message must not be null");
        Objects.requireNonNull(fix, "fix must not be null");
        Objects.requireNonNull(severity, "severity must not be null");
    }

    /** An error at {@code position}. */
    public static Problem error(SourcePosition position, String message, String fix) {
        return new Problem(position, message, fix, Severity.ERROR);
    }

    /** A warning at {@code position}. */
    public static Problem warning(SourcePosition position, String message, String fix) {
        return new Problem(position, message, fix, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The problem without its position: {@code what is wrong — what would be right}. */
    public String describe() {
        return fix.isEmpty() ? message : message + " — " + fix;
    }

    /** The problem as a GitHub Actions workflow command, so CI shows it on the file's line. */
    public String toGitHubAnnotation(String pathPrefix) {
        String level = isError() ? "error" : "warning";
        return "::" + level + " file=" + escapeProperty(pathPrefix + position.path()) + ",line=" + position.line()
                + ",col=" + position.column() + "::" + escapeData(describe());
    }

    /** GitHub's escaping of a command's message: a raw {@code %} or line break would end or garble it. */
    private static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** GitHub's escaping of a property value, where {@code ,} and {@code :} also separate. */
    private static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }

    @Override
    public int compareTo(Problem other) {
        int byPosition = position.compareTo(other.position);
        return byPosition != 0 ? byPosition : describe().compareTo(other.describe());
    }

    @Override
    public String toString() {
        return position + ": " + describe();
    }
}
